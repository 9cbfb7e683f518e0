package id.klik.tenancy.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A part of the product a tenant switches on in {@code modules} of its manifest. A module the
 * tenant has not enabled is absent from its navigation, and its pages and API answer 404.
 *
 * <p>Each module owns the first path segments inside the tenant where its pages ({@code
 * /t/<slug>/<segment>}) and its API ({@code /t/<slug>/api/<segment>/...}) live. The clinic page and
 * the home page belong to no module: every tenant has them.
 */
public enum TenantModule {
  WORK_UNITS("work-units", "work-units", "bench"),
  TEMPLATES("templates", "templates", "template-edit", "template-publish", "template-update"),
  PROGRAMS("programs", "programs", "program", "attendance", "calendar"),
  CONSULTATIONS(
      "consultations",
      "consultations",
      "consultation",
      "availability",
      "mentoring-log",
      "workload"),
  INNOVATIONS(
      "innovations",
      "innovations",
      "innovation",
      "innovation-edit",
      "shared-innovations",
      "replications"),
  PROPOSALS(
      "proposals",
      "proposals",
      "proposal",
      "proposal-assist-stream",
      "competitions",
      "competition",
      "reviews",
      "review"),
  // "index" is the home page's view (app/index.xhtml): the module's pages live at
  // "innovation-index", its API at "index" (the page /t/<slug>/index stays the ungated home page)
  INDEX("index", List.of("innovation-index"), List.of("index")),
  REPORTS("reports");

  private final String code;
  private final List<String> segments;
  private final List<String> apiOnlySegments;

  TenantModule(String code, String... segments) {
    this.code = code;
    this.segments = segments.length == 0 ? List.of(code) : List.of(segments);
    this.apiOnlySegments = List.of();
  }

  /** A module whose API owns segments its pages do not (where a page of that name is another's). */
  TenantModule(String code, List<String> segments, List<String> apiOnlySegments) {
    this.code = code;
    this.segments = List.copyOf(segments);
    this.apiOnlySegments = List.copyOf(apiOnlySegments);
  }

  /** The manifest's spelling, e.g. {@code work-units}. */
  public String code() {
    return code;
  }

  public static Optional<TenantModule> ofCode(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.code.equals(c)).findFirst();
  }

  /** The module a first path segment inside the tenant belongs to, if any. */
  public static Optional<TenantModule> owning(String segment) {
    return Arrays.stream(values()).filter(m -> m.segments.contains(segment)).findFirst();
  }

  /** The module the first segment of an API path inside the tenant belongs to, if any. */
  public static Optional<TenantModule> owningApi(String segment) {
    return Arrays.stream(values())
        .filter(m -> m.segments.contains(segment) || m.apiOnlySegments.contains(segment))
        .findFirst();
  }

  /**
   * The enabled modules from the registry's comma-separated list; a tenant whose manifest lists
   * none has them all (manifests written before modules were enforced keep working).
   */
  public static Set<TenantModule> parseList(String commaSeparated) {
    Set<TenantModule> out = EnumSet.noneOf(TenantModule.class);
    if (commaSeparated != null) {
      for (String code : commaSeparated.split(",")) {
        if (!code.isBlank()) {
          ofCode(code).ifPresent(out::add);
        }
      }
    }
    return out.isEmpty() ? EnumSet.allOf(TenantModule.class) : out;
  }
}
