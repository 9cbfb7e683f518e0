package id.klik.index.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.infrastructure.BuiltinTemplates;
import id.klik.index.domain.Assessment;
import id.klik.index.domain.ChosenLevel;
import id.klik.index.domain.EnteredInnovation;
import id.klik.index.domain.IndexEstimates;
import id.klik.index.domain.IndexFormula;
import id.klik.index.domain.RankedChange;
import id.klik.index.domain.WhatIf;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The leadership summary rendered from an assessment written by hand against the 2026 model, read
 * back with PDFBox.
 */
class LeadershipPdfTest {

  static final IndexModelBody MODEL_2026 = model("iid-index-2026-2026.1.yaml");

  static IndexModelBody model(String file) {
    return new TemplateReader()
        .read(file, BuiltinTemplates.text(file))
        .orThrow()
        .body(IndexModelBody.class);
  }

  /**
   * Every region measure at level 2 (proven), twelve innovations with every measure at level 3, of
   * which only the first six proven. Declared: SPD 21 × 2 = 42, SID 12 × 111 / 12 = 111, number
   * score 0 (only pendidikan covered) → total 153 → 153 / 250 × 100 = 61.20, Inovatif.
   */
  static Assessment assessment() {
    Map<String, ChosenLevel> region = new HashMap<>();
    Map<String, ChosenLevel> proven = new HashMap<>();
    Map<String, ChosenLevel> declared = new HashMap<>();
    for (IndexModelBody.Aspect a : MODEL_2026.aspects()) {
      for (IndexModelBody.Indicator i : a.indicators()) {
        for (IndexModelBody.Measure m : i.measures()) {
          if ("region".equals(a.scope())) {
            region.put(m.id(), ChosenLevel.proven(2));
          } else {
            proven.put(m.id(), ChosenLevel.proven(3));
            declared.put(m.id(), ChosenLevel.declared(3));
          }
        }
      }
    }
    List<EnteredInnovation> innovations = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      innovations.add(
          new EnteredInnovation(
              "inovasi-" + k,
              "pendidikan",
              Set.of(),
              LocalDate.of(2024, 6, 1),
              k < 6 ? proven : declared));
    }
    return new Assessment(region, innovations, null);
  }

  static LeadershipPdf.Content content(Locale locale) {
    IndexFormula formula = new IndexFormula(MODEL_2026);
    Assessment assessment = assessment();
    IndexEstimates estimates = formula.estimate(assessment);
    List<LeadershipPdf.Step> steps = new ArrayList<>();
    for (RankedChange c : new WhatIf(formula).rank(assessment)) {
      steps.add(new LeadershipPdf.Step(c.change().needs().in(locale), null, c.gain()));
    }
    return new LeadershipPdf.Content(
        "Kota Pontianak", 2026, "iid-index-2026@2026.1", MODEL_2026, estimates, steps, locale);
  }

  @Test
  void theSummaryShowsTheIndexItsCategoryAndTheStepsInIndonesian() throws IOException {
    byte[] pdf = new LeadershipPdf().render(content(Messages_ID));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(doc.getNumberOfPages()).isBetween(2, 5);
      assertThat(text)
          .contains("Indeks inovasi daerah 2026")
          .contains("61,20") // declared: 153 / 250 × 100
          .contains("Inovatif")
          .contains("Rincian per aspek")
          .contains("Langkah dengan tambahan terbesar")
          .contains("lampirkan bukti");
    }
  }

  @Test
  void theSummaryEmbedsItsFontsAndItsChart() throws IOException {
    byte[] pdf = new LeadershipPdf().render(content(Locale.ENGLISH));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      long images = 0;
      for (var name : doc.getPage(0).getResources().getXObjectNames()) {
        images++;
      }
      assertThat(new PDFTextStripper().getText(doc)).contains("61.20").contains("Evidenced");
      assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
      assertThat(images + imagesOn(doc, 1)).isPositive();
    }
  }

  private static long imagesOn(PDDocument doc, int page) {
    if (doc.getNumberOfPages() <= page) {
      return 0;
    }
    long n = 0;
    for (var ignored : doc.getPage(page).getResources().getXObjectNames()) {
      n++;
    }
    return n;
  }

  private static final Locale Messages_ID = Locale.forLanguageTag("id");
}
