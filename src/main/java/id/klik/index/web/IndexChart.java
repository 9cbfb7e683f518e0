package id.klik.index.web;

import id.klik.index.domain.Estimate;
import id.klik.index.domain.IndexEstimates;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** The estimate's aspects as a Chart.js bar model for PrimeFaces' {@code p:chart}, by JSON-P. */
final class IndexChart {

  private IndexChart() {}

  /** One aspect: its label, declared and evidenced score and maximum. */
  record Aspect(String label, BigDecimal declared, BigDecimal evidenced, BigDecimal max) {}

  static List<Aspect> aspects(IndexEstimates e, String sid, String number) {
    Estimate d = e.declared();
    Estimate v = e.evidenced();
    return List.of(
        new Aspect("SPD", d.spd(), v.spd(), null),
        new Aspect(sid, d.sidAverage(), v.sidAverage(), null),
        new Aspect(number, d.numberScore(), v.numberScore(), null));
  }

  static String model(List<Aspect> aspects, String declared, String evidenced) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder first = Json.createArrayBuilder();
    JsonArrayBuilder second = Json.createArrayBuilder();
    for (Aspect a : aspects) {
      labels.add(a.label());
      first.add(a.declared() == null ? BigDecimal.ZERO : a.declared());
      second.add(a.evidenced() == null ? BigDecimal.ZERO : a.evidenced());
    }
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("labels", labels)
            .add(
                "datasets",
                Json.createArrayBuilder()
                    .add(dataset(declared, first, "#1f5f8b"))
                    .add(dataset(evidenced, second, "#2e7d32")));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", data)
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }
}
