package id.klik.index.application;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.index.domain.Estimate;
import id.klik.index.domain.IndexCategory;
import id.klik.index.domain.IndexEstimates;
import id.klik.index.domain.IndicatorScore;
import id.klik.index.domain.NotComputable;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.Messages;
import id.klik.shared.pdf.ChartImages;
import id.klik.shared.pdf.PdfRenderer;
import id.klik.shared.pdf.Xhtml;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The index summary for the region's leadership as a PDF: the estimate (declared and evidenced)
 * with its category, the breakdown by aspect with a chart of each aspect's score against its
 * maximum, every indicator's contribution, and the what-if steps that gain most. Built only from
 * the formula's results, so every figure in it is one the pages and the API show too.
 */
public final class LeadershipPdf {

  /** One what-if step as the report lists it: what it needs, for which innovation, and its gain. */
  public record Step(String needs, String innovation, BigDecimal gain) {}

  /**
   * What the report shows.
   *
   * @param region the region's name
   * @param steps the what-if steps, best first (the report lists at most {@link #MAX_STEPS})
   */
  public record Content(
      String region,
      int year,
      String modelRef,
      IndexModelBody model,
      IndexEstimates estimates,
      List<Step> steps,
      Locale locale) {}

  public static final int MAX_STEPS = 10;

  private static final String CSS =
      "@page { size: A4; margin: 18mm 16mm; @bottom-right { content: counter(page) ' / '"
          + " counter(pages); font-family: '"
          + PdfRenderer.FONT
          + "'; font-size: 8pt; } }"
          + " body { font-family: '"
          + PdfRenderer.FONT
          + "'; font-size: 10pt; color: #1a1a1a; }"
          + " h1 { font-size: 17pt; margin: 0 0 2mm 0; } h2 { font-size: 12.5pt; margin: 6mm 0"
          + " 2mm 0; color: #1f5f8b; } .sub { color: #555; margin: 0 0 4mm 0; }"
          + " table { width: 100%; border-collapse: collapse; } th, td { border-bottom: 0.5pt solid"
          + " #ccc; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }"
          + " th { background: #eef3f7; } td.n, th.n { text-align: right; }"
          + " .big { font-size: 22pt; font-weight: bold; } .note { color: #555; font-size: 8.5pt; }"
          + " .cat { font-weight: bold; } img.chart { width: 170mm; }";

  private final PdfRenderer renderer = new PdfRenderer();

  public byte[] render(Content c) {
    return renderer.render(xhtml(c));
  }

  String xhtml(Content c) {
    Locale l = c.locale();
    Xhtml x = Xhtml.document(t(l, "index.pdf.title", String.valueOf(c.year())), CSS);
    x.element("h1", t(l, "index.pdf.title", String.valueOf(c.year())));
    x.element("p", "class=\"sub\"", c.region() + " · " + t(l, "index.pdf.model", c.modelRef()));
    estimate(x, c);
    aspects(x, c);
    indicators(x, c);
    steps(x, c);
    notes(x, c);
    return x.end();
  }

  private void estimate(Xhtml x, Content c) {
    Locale l = c.locale();
    Estimate d = c.estimates().declared();
    Estimate e = c.estimates().evidenced();
    x.element("h2", t(l, "index.pdf.estimate"));
    x.open("table").open("tr").element("th", "");
    x.element("th", "class=\"n\"", t(l, "index.pdf.declared"));
    x.element("th", "class=\"n\"", t(l, "index.pdf.evidenced")).close("tr");
    row(x, t(l, "index.pdf.index"), number(d.index(), l), number(e.index(), l), "big");
    row(x, t(l, "index.pdf.category"), category(d.category(), l), category(e.category(), l), "cat");
    row(x, "SPD", number(d.spd(), l), number(e.spd(), l), null);
    row(
        x,
        t(l, "index.pdf.sidAverage"),
        number(d.sidAverage(), l),
        number(e.sidAverage(), l),
        null);
    row(x, t(l, "index.pdf.divisor"), integer(d.divisor()), integer(e.divisor()), null);
    row(x, t(l, "index.pdf.innovations"), integer(d.innovations()), integer(e.innovations()), null);
    row(
        x,
        t(l, "index.pdf.numberScore"),
        number(d.numberScore(), l),
        number(e.numberScore(), l),
        null);
    row(
        x,
        t(l, "index.pdf.basicAffairs"),
        integer(d.basicAffairsCovered()),
        integer(e.basicAffairsCovered()),
        null);
    row(x, t(l, "index.pdf.total"), number(d.total(), l), number(e.total(), l), null);
    x.close("table");
  }

  private void row(Xhtml x, String label, String declared, String evidenced, String cls) {
    String attr = cls == null ? "class=\"n\"" : "class=\"n " + cls + "\"";
    x.open("tr").element("td", label).element("td", attr, declared);
    x.element("td", attr, evidenced).close("tr");
  }

  private record AspectRow(
      String label, BigDecimal declared, BigDecimal evidenced, BigDecimal max) {}

  private List<AspectRow> aspectRows(Content c) {
    Locale l = c.locale();
    Estimate d = c.estimates().declared();
    Estimate e = c.estimates().evidenced();
    List<AspectRow> rows = new ArrayList<>();
    for (IndexModelBody.Aspect a : c.model().aspects()) {
      boolean region = "region".equals(a.scope());
      rows.add(
          new AspectRow(
              a.code() + " – " + a.title().in(l),
              region ? d.spd() : d.sidAverage(),
              region ? e.spd() : e.sidAverage(),
              a.maxScore()));
    }
    IndexModelBody.InnovationCount count = c.model().innovationCount();
    rows.add(
        new AspectRow(
            t(l, "index.pdf.numberScore"),
            d.numberScore(),
            e.numberScore(),
            count == null ? null : count.maxScore()));
    return rows;
  }

  private void aspects(Xhtml x, Content c) {
    Locale l = c.locale();
    List<AspectRow> rows = aspectRows(c);
    x.element("h2", t(l, "index.pdf.aspects"));
    x.open("table").open("tr").element("th", t(l, "index.pdf.aspect"));
    x.element("th", "class=\"n\"", t(l, "index.pdf.declared"));
    x.element("th", "class=\"n\"", t(l, "index.pdf.evidenced"));
    x.element("th", "class=\"n\"", t(l, "index.pdf.maximum")).close("tr");
    List<ChartImages.Bar> bars = new ArrayList<>();
    for (AspectRow r : rows) {
      x.open("tr").element("td", r.label());
      x.element("td", "class=\"n\"", number(r.declared(), l));
      x.element("td", "class=\"n\"", number(r.evidenced(), l));
      x.element("td", "class=\"n\"", number(r.max(), l)).close("tr");
      bars.add(
          new ChartImages.Bar(
              r.label().length() > 28 ? r.label().substring(0, 27) + "…" : r.label(),
              List.of(zero(r.declared()), zero(r.evidenced()), zero(r.max()))));
    }
    x.close("table");
    byte[] png =
        ChartImages.bars(
            t(l, "index.pdf.points"),
            List.of(
                t(l, "index.pdf.declared"), t(l, "index.pdf.evidenced"), t(l, "index.pdf.maximum")),
            bars,
            640,
            300);
    x.open("p").image(png, t(l, "index.pdf.chart"), "class=\"chart\"").close("p");
  }

  private void indicators(Xhtml x, Content c) {
    Locale l = c.locale();
    x.element("h2", t(l, "index.pdf.indicators"));
    x.open("table").open("tr").element("th", "No.").element("th", t(l, "index.pdf.indicator"));
    x.element("th", "class=\"n\"", t(l, "index.pdf.declared"));
    x.element("th", "class=\"n\"", t(l, "index.pdf.evidenced")).close("tr");
    List<IndicatorScore> declared = c.estimates().declared().breakdown().indicators();
    List<IndicatorScore> evidenced = c.estimates().evidenced().breakdown().indicators();
    for (int i = 0; i < declared.size(); i++) {
      IndicatorScore d = declared.get(i);
      x.open("tr").element("td", d.aspectCode() + " " + d.number());
      x.element("td", title(c.model(), d.indicatorId(), l));
      x.element("td", "class=\"n\"", number(d.contribution(), l));
      x.element("td", "class=\"n\"", number(evidenced.get(i).contribution(), l)).close("tr");
    }
    x.close("table");
  }

  private void steps(Xhtml x, Content c) {
    Locale l = c.locale();
    x.element("h2", t(l, "index.pdf.steps"));
    if (c.steps().isEmpty()) {
      x.element("p", t(l, "index.pdf.noSteps"));
      return;
    }
    x.open("table").open("tr").element("th", "#").element("th", t(l, "index.pdf.needs"));
    x.element("th", "class=\"n\"", t(l, "index.pdf.gain")).close("tr");
    int n = 0;
    for (Step s : c.steps().subList(0, Math.min(MAX_STEPS, c.steps().size()))) {
      String what = s.innovation() == null ? s.needs() : s.innovation() + ": " + s.needs();
      x.open("tr").element("td", String.valueOf(++n)).element("td", what);
      x.element("td", "class=\"n\"", "+" + number(s.gain(), l)).close("tr");
    }
    x.close("table");
  }

  private void notes(Xhtml x, Content c) {
    Locale l = c.locale();
    for (NotComputable gap : c.estimates().notComputable()) {
      x.element("p", "class=\"note\"", gap.figure() + ": " + gap.reason().text().in(l));
    }
    if (c.model().verify() != null) {
      x.element("p", "class=\"note\"", c.model().verify().in(l));
    }
    x.element("p", "class=\"note\"", t(l, "index.pdf.evidencedNote"));
  }

  private static String title(IndexModelBody model, String indicatorId, Locale l) {
    return model.aspects().stream()
        .flatMap(a -> a.indicators().stream())
        .filter(i -> i.id().equals(indicatorId))
        .map(IndexModelBody.Indicator::title)
        .map(t -> t == null ? indicatorId : t.in(l))
        .findFirst()
        .orElse(indicatorId);
  }

  private static String category(IndexCategory category, Locale l) {
    if (category == null) {
      return "–";
    }
    LocalizedText title = category.title();
    return title == null ? category.code() : title.in(l);
  }

  static String number(BigDecimal n, Locale l) {
    if (n == null) {
      return "–";
    }
    NumberFormat f = NumberFormat.getNumberInstance(l);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(n);
  }

  private static String integer(Integer n) {
    return n == null ? "–" : String.valueOf(n);
  }

  private static Number zero(BigDecimal n) {
    return n == null ? 0 : n;
  }

  private static String t(Locale l, String key, Object... args) {
    return Messages.get(l, key, args);
  }
}
