package id.klik.innovation.application;

import id.klik.innovation.domain.GovernmentAffairs;
import id.klik.innovation.domain.InnovationProfile;
import id.klik.shared.domain.Messages;
import id.klik.shared.pdf.PdfRenderer;
import id.klik.shared.pdf.Xhtml;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One innovation as a PDF in the layout of the national innovation profile: its identity (work
 * unit, stage, kind, form, initiator, affairs, dates, budget), the narrative fields in the order
 * the profile asks for them, the design narrative's word count, the video link and the evidence
 * list. Every member reads it; an id that is not an innovation of this tenant is not found.
 */
@ApplicationScoped
public class InnovationProfilePdf {

  private static final String CSS =
      "@page { size: A4; margin: 18mm 16mm; @bottom-right { content: counter(page) ' / '"
          + " counter(pages); font-family: '"
          + PdfRenderer.FONT
          + "'; font-size: 8pt; } }"
          + " body { font-family: '"
          + PdfRenderer.FONT
          + "'; font-size: 10pt; color: #1a1a1a; }"
          + " h1 { font-size: 17pt; margin: 0 0 1mm 0; } h2 { font-size: 12pt; margin: 5mm 0 1.5mm"
          + " 0; color: #1f5f8b; border-bottom: 0.5pt solid #1f5f8b; } .sub { color: #555; }"
          + " table.id { width: 100%; border-collapse: collapse; margin-top: 3mm; }"
          + " table.id th { width: 42mm; text-align: left; vertical-align: top; color: #444;"
          + " font-weight: bold; padding: 1mm 2mm 1mm 0; } table.id td { padding: 1mm 0; }"
          + " p.text { margin: 0; } .note { color: #555; font-size: 8.5pt; }"
          + " ul { margin: 0; padding-left: 5mm; }";

  @Inject InnovationService innovations;
  @Inject EvidenceService evidence;

  private final PdfRenderer renderer = new PdfRenderer();

  /** The profile PDF of an innovation of this tenant (404 for any other id). */
  @Transactional
  public byte[] render(UUID id, Locale locale) {
    InnovationView view = innovations.get(id);
    List<EvidenceItemView> items = evidence.list(id);
    String region = TenantContext.current().map(TenantRef::name).orElse("");
    return renderer.render(xhtml(view, items, region, locale, LocalDate.now()));
  }

  /** The profile as XHTML: every text escaped. */
  public static String xhtml(
      InnovationView v,
      List<EvidenceItemView> items,
      String region,
      Locale l,
      LocalDate printedOn) {
    InnovationProfile p = v.profile();
    Xhtml x = Xhtml.document(p.name(), CSS);
    x.element("p", "class=\"sub\"", t(l, "profile.pdf.region", region));
    x.element("h1", p.name());
    x.element("p", "class=\"sub\"", t(l, "profile.pdf.title"));
    x.open("table", "class=\"id\"");
    row(x, t(l, "innovation.field.workUnit"), v.workUnitName());
    if (v.teamName() != null) {
      row(x, t(l, "innovation.field.team"), v.teamName());
    }
    row(x, t(l, "innovation.field.stage"), code(l, "stage", p.stage()));
    row(x, t(l, "innovation.field.kind"), code(l, "kind", p.kind()));
    row(x, t(l, "innovation.field.form"), code(l, "form", p.form()));
    row(x, t(l, "innovation.field.initiator"), code(l, "initiator", p.initiator()));
    row(x, t(l, "innovation.field.primaryAffair"), affair(p.primaryAffair(), l));
    row(
        x,
        t(l, "innovation.field.otherAffairs"),
        String.join(", ", p.otherAffairs().stream().map(a -> affair(a, l)).toList()));
    row(x, t(l, "innovation.field.trialDate"), date(p.trialDate(), l));
    row(x, t(l, "innovation.field.applicationDate"), date(p.applicationDate(), l));
    row(x, t(l, "innovation.field.budgetAmount"), money(p.budgetAmount(), l));
    row(x, t(l, "innovation.field.videoUrl"), p.videoUrl());
    x.close("table");
    section(x, t(l, "innovation.field.goals"), p.goals());
    section(x, t(l, "innovation.field.benefits"), p.benefits());
    section(x, t(l, "innovation.field.results"), p.results());
    section(
        x,
        t(l, "innovation.field.designNarrative")
            + " ("
            + t(l, "innovation.words", v.narrativeWords())
            + ")",
        p.designNarrative());
    section(x, t(l, "innovation.field.keyChanges"), p.keyChanges());
    section(x, t(l, "innovation.field.beneficiaries"), p.beneficiaries());
    evidenceList(x, items, l);
    x.element("p", "class=\"note\"", t(l, "profile.pdf.printed", date(printedOn, l)));
    return x.end();
  }

  private static void evidenceList(Xhtml x, List<EvidenceItemView> items, Locale l) {
    x.element("h2", t(l, "profile.pdf.evidence"));
    if (items.isEmpty()) {
      x.element("p", "class=\"text\"", t(l, "profile.pdf.noEvidence"));
      return;
    }
    x.open("ul");
    for (EvidenceItemView item : items) {
      StringBuilder line = new StringBuilder(item.title());
      if (item.indicatorNumber() != null) {
        line.append(" – ").append(t(l, "index.pdf.indicator")).append(' ');
        line.append(item.indicatorNumber());
        if (item.indicatorTitle() != null) {
          line.append(" ").append(item.indicatorTitle().in(l));
        }
      }
      if (!item.versions().isEmpty()) {
        line.append(" (").append(item.newest().filename()).append(", v");
        line.append(item.newest().version()).append(')');
      }
      x.element("li", line.toString());
    }
    x.close("ul");
  }

  private static void row(Xhtml x, String label, String value) {
    x.open("tr").element("th", label).element("td", value == null || value.isBlank() ? "–" : value);
    x.close("tr");
  }

  private static void section(Xhtml x, String title, String text) {
    x.element("h2", title);
    x.element("p", "class=\"text\"", text == null ? "–" : text);
  }

  private static String code(Locale l, String list, String code) {
    return code == null ? null : t(l, "innovation." + list + "." + code);
  }

  private static String affair(String code, Locale l) {
    if (code == null) {
      return null;
    }
    return GovernmentAffairs.master().find(code).map(a -> a.name().in(l)).orElse(code);
  }

  private static String date(LocalDate date, Locale l) {
    return date == null
        ? null
        : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l));
  }

  private static String money(BigDecimal amount, Locale l) {
    if (amount == null) {
      return null;
    }
    NumberFormat f = NumberFormat.getNumberInstance(l);
    f.setMinimumFractionDigits(0);
    f.setMaximumFractionDigits(2);
    return "Rp " + f.format(amount);
  }

  private static String t(Locale l, String key, Object... args) {
    return Messages.get(l, key, args);
  }
}
