package id.klik.index.domain;

import id.klik.shared.domain.LocalizedText;

/**
 * A figure the model does not allow to compute, and why: shown instead of a number, never replaced
 * by a guess.
 *
 * @param figure the figure's name in the estimate ({@code spd}, {@code sidAverage}, {@code
 *     numberScore}, {@code total}, {@code index}, {@code category}) or an aspect code
 */
public record NotComputable(String figure, Reason reason) {

  /** Why a figure cannot be computed. */
  public enum Reason {
    NO_INDICATORS(
        "Model tidak memuat indikator berbobot untuk aspek ini.",
        "The model lists no weighted indicators for this aspect."),
    NO_DIVISOR("Model tidak memuat aturan pembagi.", "The model has no divisor rule."),
    NO_NUMBER_SCORE_RULE(
        "Model tidak memuat rumus nilai jumlah inovasi (nilai per inovasi).",
        "The model has no number-of-innovations rule (points per innovation)."),
    NO_MAXIMUM_TOTAL(
        "Model tidak memuat nilai total maksimal untuk normalisasi.",
        "The model has no maximum total to normalize by."),
    NO_NORMALIZATION(
        "Model tidak memuat skala normalisasi.", "The model has no scale to normalize to."),
    DEPENDS_ON_UNKNOWN(
        "Bergantung pada nilai yang tidak dapat dihitung.",
        "Depends on a figure that cannot be computed."),
    NO_MATCHING_CATEGORY(
        "Tidak ada kategori model yang mencakup nilai indeks ini.",
        "No category of the model contains this index.");

    private final LocalizedText text;

    Reason(String indonesian, String english) {
      this.text = LocalizedText.of(indonesian, english);
    }

    public LocalizedText text() {
      return text;
    }
  }
}
