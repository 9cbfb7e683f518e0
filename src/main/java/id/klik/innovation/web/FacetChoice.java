package id.klik.innovation.web;

import id.klik.innovation.application.InnovationSearch;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter value as the page offers it: its label in the person's language and how many innovations
 * choosing it gives. The value chosen stays offered even when it counts none.
 */
public record FacetChoice(String value, String label, long count) implements Serializable {

  public String getValue() {
    return value;
  }

  /** "Label (count)". */
  public String getText() {
    return label + " (" + count + ")";
  }

  static List<FacetChoice> of(String facet, List<InnovationSearch.Facet> counts, String chosen) {
    List<FacetChoice> out = new ArrayList<>();
    for (InnovationSearch.Facet f : counts) {
      out.add(new FacetChoice(f.value(), label(facet, f), f.count()));
    }
    if (chosen != null
        && !chosen.isBlank()
        && out.stream().noneMatch(c -> c.value().equals(chosen))) {
      out.add(
          0, new FacetChoice(chosen, label(facet, new InnovationSearch.Facet(chosen, null, 0)), 0));
    }
    return out;
  }

  private static String label(String facet, InnovationSearch.Facet f) {
    if (f.label() != null) {
      return f.label().in(RequestInfo.locale());
    }
    return switch (facet) {
      case "stage", "kind", "form", "status" ->
          Notices.text("innovation." + facet + "." + f.value());
      case "shared" -> Notices.text("innovations.shared." + f.value());
      default -> f.value();
    };
  }
}
