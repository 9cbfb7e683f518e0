package id.klik.tenancy.domain;

import java.util.Optional;

/**
 * The tenant's primary colour as the page frame uses it: behind white text (header, buttons). A
 * colour too light for white text to read (WCAG 2.1 AA asks a contrast ratio of at least 4.5:1) is
 * replaced by KLIK's own green, so a manifest cannot make the navigation unreadable.
 */
public final class BrandColor {

  /** KLIK's green: 6.3:1 against white. */
  public static final String DEFAULT = "#0B6E4F";

  static final double MIN_CONTRAST = 4.5;

  private BrandColor() {}

  /** The manifest's colour when white text on it stays readable, otherwise the default. */
  public static String behindWhiteText(Optional<String> manifestColor) {
    return manifestColor
        .filter(c -> c.matches("#[0-9a-fA-F]{6}"))
        .filter(c -> contrastWithWhite(c) >= MIN_CONTRAST)
        .map(c -> c.toUpperCase(java.util.Locale.ROOT))
        .orElse(DEFAULT);
  }

  /** WCAG 2.1 contrast ratio of white against {@code #RRGGBB}: 1 (white) to 21 (black). */
  public static double contrastWithWhite(String hex) {
    double l = luminance(hex);
    return (1.0 + 0.05) / (l + 0.05);
  }

  /** WCAG relative luminance of an sRGB colour. */
  static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel((rgb >> 16) & 0xff)
        + 0.7152 * channel((rgb >> 8) & 0xff)
        + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
