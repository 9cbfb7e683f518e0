package id.klik.innovation.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.innovation.domain.InnovationProfile;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.Messages;
import id.klik.shared.pdf.PdfRenderer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The profile PDF's layout from a view written by hand, read back with PDFBox. */
class InnovationProfilePdfTest {

  private static InnovationView view(String name, String narrative) {
    InnovationProfile p =
        new InnovationProfile(
            name,
            UUID.randomUUID(),
            null,
            "penerapan",
            "digital",
            "pelayanan-publik",
            "asn",
            "kesehatan",
            List.of("sosial"),
            LocalDate.of(2024, 2, 1),
            LocalDate.of(2024, 6, 1),
            new BigDecimal("150000000"),
            "Tujuan: layanan lebih cepat",
            "Manfaat bagi warga",
            "Hasil: antrean turun 40%",
            narrative,
            "Perubahan kunci",
            "Warga lansia",
            "https://youtu.be/abc",
            null,
            false);
    return new InnovationView(
        UUID.randomUUID(),
        p,
        "Kelurahan Akcaya",
        null,
        5,
        false,
        1,
        OffsetDateTime.now(),
        "admin",
        OffsetDateTime.now(),
        "admin");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theProfileListsItsFieldsAndEvidenceInIndonesian() throws IOException {
    EvidenceItemView item =
        new EvidenceItemView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "SK Kepala Daerah",
            "sid-16",
            16,
            LocalizedText.of("Regulasi inovasi daerah"),
            null,
            "admin",
            OffsetDateTime.now(),
            List.of(
                new EvidenceItemView.Version(
                    1, "sk.pdf", "application/pdf", 10, "ab", "admin", OffsetDateTime.now())));

    String xhtml =
        InnovationProfilePdf.xhtml(
            view("Posyandu Lansia Akcaya Ceria", "Rancang bangun: satu dua tiga empat lima"),
            List.of(item),
            "Kota Pontianak",
            Messages.INDONESIAN,
            LocalDate.of(2026, 12, 1));
    String text = text(new PdfRenderer().render(xhtml));

    assertThat(text)
        .contains("Posyandu Lansia Akcaya Ceria")
        .contains("Profil inovasi daerah, Kota Pontianak")
        .contains("Kelurahan Akcaya")
        .contains("Penerapan")
        .contains("Rp 150.000.000")
        .contains("Rancang bangun: satu dua tiga empat lima")
        .contains("SK Kepala Daerah")
        .contains("16");
  }

  @Test
  void markupInAFieldStaysText() throws IOException {
    String xhtml =
        InnovationProfilePdf.xhtml(
            view("Inovasi <b>tebal</b> & \"kutip\"", "<img src=\"http://example.invalid/x\"/>"),
            List.of(),
            "Kota <Pontianak>",
            Messages.INDONESIAN,
            LocalDate.of(2026, 12, 1));
    String text = text(new PdfRenderer().render(xhtml));

    assertThat(text)
        .contains("Inovasi <b>tebal</b> & \"kutip\"")
        .contains("<img src=\"http://example.invalid/x\"/>")
        .contains("Belum ada bukti");
  }
}
