package id.klik.tenancy.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import id.klik.shared.domain.Messages;
import id.klik.shared.yaml.ValidatedYaml;
import id.klik.shared.yaml.YamlProblem;
import id.klik.shared.yaml.YamlSchemaValidator;
import id.klik.tenancy.domain.ManifestResult;
import id.klik.tenancy.domain.RegionCode;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantManifest;
import id.klik.tenancy.domain.TenantSlug;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads {@code tenants/<slug>/tenant.yaml}: checks it against {@code
 * tenancy/tenant-manifest.schema.json}, then the rules a schema cannot say (the folder is the slug,
 * the region code fits the kind, seed files exist). Plain Java: no container needed.
 */
public final class ManifestReader {

  public static final String FILE = "tenant.yaml";
  private static final YamlSchemaValidator SCHEMA =
      YamlSchemaValidator.forSchema("/tenancy/tenant-manifest.schema.json");

  /** Every tenant folder under {@code dir}, in name order; a missing dir reads as none. */
  public List<ManifestResult> readAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(dir)) {
      return folders
          .filter(f -> Files.isRegularFile(f.resolve(FILE)))
          .sorted()
          .map(this::read)
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + dir, e);
    }
  }

  public ManifestResult read(Path folder) {
    String name = folder.getFileName().toString();
    String file = name + "/" + FILE;
    String text;
    try {
      text = Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new ManifestResult(
          name,
          folder,
          Optional.empty(),
          List.of(problem(file, 0, "file", "manifest.unreadable", e.getMessage())),
          "");
    }
    return check(name, folder, file, text);
  }

  /**
   * A manifest kept in the registry (a tenant created through the API or console), checked by the
   * same schema and rules as a folder's; it has no folder, so it names no seed or logo files.
   */
  public ManifestResult readStored(String slug, String text) {
    return check(slug, null, "api:" + slug, text);
  }

  private ManifestResult check(String name, Path folder, String file, String text) {
    ValidatedYaml validated = SCHEMA.validate(file, text);
    if (!validated.valid()) {
      return new ManifestResult(name, folder, Optional.empty(), validated.problems(), "");
    }
    JsonNode doc = validated.document();
    List<YamlProblem> problems = new ArrayList<>();
    String slug = doc.path("slug").asText();
    if (!slug.equals(name)) {
      problems.add(problem(file, lineOf(text, "slug"), "slug", "manifest.slugFolder", slug, name));
    }
    TenantKind kind = TenantKind.parse(doc.path("kind").asText());
    String regionCode = doc.path("regionCode").asText();
    RegionCode.problem(regionCode, kind)
        .ifPresent(
            key ->
                problems.add(
                    problem(
                        file,
                        lineOf(text, "regionCode"),
                        "regionCode",
                        key,
                        regionCode,
                        kind.name().toLowerCase(Locale.ROOT)))); // as the manifest spells it
    Optional<String> csv = Optional.ofNullable(doc.path("seed").path("workUnits").textValue());
    csv.filter(c -> folder == null || !Files.isRegularFile(folder.resolve(c)))
        .ifPresent(
            c ->
                problems.add(
                    problem(
                        file,
                        lineOf(text, "workUnits"),
                        "seed.workUnits",
                        "manifest.seedMissing",
                        c)));
    Optional<String> innovationsCsv =
        Optional.ofNullable(doc.path("seed").path("innovations").textValue());
    innovationsCsv
        .filter(c -> folder == null || !Files.isRegularFile(folder.resolve(c)))
        .ifPresent(
            c ->
                problems.add(
                    problem(
                        file,
                        lineOf(text, "innovations"),
                        "seed.innovations",
                        "manifest.seedMissing",
                        c)));
    Optional<String> logoFile = Optional.ofNullable(doc.path("branding").path("logo").textValue());
    Optional<String> logo = Optional.empty();
    if (logoFile.isPresent() && folder == null) {
      problems.add(
          problem(
              file, lineOf(text, "logo"), "branding.logo", "manifest.logoMissing", logoFile.get()));
    } else if (logoFile.isPresent()) {
      Path path = folder.resolve(logoFile.get());
      int line = lineOf(text, "logo");
      try {
        if (!Files.isRegularFile(path)) {
          problems.add(
              problem(file, line, "branding.logo", "manifest.logoMissing", logoFile.get()));
        } else if (Files.size(path) > MAX_LOGO_BYTES) {
          problems.add(
              problem(
                  file,
                  line,
                  "branding.logo",
                  "manifest.logoTooLarge",
                  logoFile.get(),
                  MAX_LOGO_BYTES / 1024));
        } else {
          logo = Optional.of(dataUri(logoFile.get(), Files.readAllBytes(path)));
        }
      } catch (IOException e) {
        problems.add(problem(file, line, "branding.logo", "manifest.unreadable", e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      return new ManifestResult(name, folder, Optional.empty(), problems, "");
    }
    return new ManifestResult(
        name,
        folder,
        Optional.of(toManifest(doc, csv, logo, innovationsCsv)),
        List.of(),
        folder == null
            ? hash(text, Optional.empty(), Optional.empty(), Optional.empty())
            : hash(
                text,
                csv.map(folder::resolve),
                logoFile.map(folder::resolve),
                innovationsCsv.map(folder::resolve)));
  }

  /** A logo is carried in the registry row and every page: small images only. */
  static final long MAX_LOGO_BYTES = 100 * 1024;

  private static String dataUri(String fileName, byte[] bytes) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    String type =
        lower.endsWith(".svg")
            ? "image/svg+xml"
            : lower.endsWith(".png")
                ? "image/png"
                : lower.endsWith(".webp") ? "image/webp" : "image/jpeg";
    return "data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
  }

  private static TenantManifest toManifest(
      JsonNode doc, Optional<String> csv, Optional<String> logo, Optional<String> innovationsCsv) {
    List<TenantManifest.Member> members = new ArrayList<>();
    for (JsonNode m : doc.path("members")) {
      List<String> roles = new ArrayList<>();
      m.path("roles").forEach(r -> roles.add(r.asText()));
      members.add(
          new TenantManifest.Member(
              m.path("username").asText(),
              m.path("email").textValue(),
              m.path("name").textValue(),
              roles));
    }
    List<String> modules = new ArrayList<>();
    doc.path("modules").forEach(x -> modules.add(x.asText()));
    List<String> templates = new ArrayList<>();
    doc.path("seed").path("templates").forEach(x -> templates.add(x.asText()));
    List<TenantManifest.AcceptedMentor> mentors = new ArrayList<>();
    for (JsonNode m : doc.path("mentors")) {
      List<String> teamNames = new ArrayList<>();
      m.path("teams").forEach(t -> teamNames.add(t.asText()));
      mentors.add(new TenantManifest.AcceptedMentor(m.path("username").asText(), teamNames));
    }
    List<TenantManifest.Team> teams = new ArrayList<>();
    for (JsonNode t : doc.path("teams")) {
      List<String> teamMembers = new ArrayList<>();
      t.path("members").forEach(x -> teamMembers.add(x.asText()));
      teams.add(
          new TenantManifest.Team(
              t.path("name").asText().trim(),
              t.path("workUnit").asText(),
              t.path("leader").asText(),
              teamMembers));
    }
    return new TenantManifest(
        new TenantSlug(doc.path("slug").asText()),
        doc.path("name").asText(),
        TenantKind.parse(doc.path("kind").asText()),
        doc.path("regionCode").asText(),
        doc.path("locale").asText("id"),
        RegionTimeZone.valueOf(doc.path("timeZone").asText()),
        doc.path("suspended").asBoolean(false),
        modules,
        Optional.ofNullable(doc.path("branding").path("primaryColor").textValue()),
        logo,
        members,
        csv,
        templates,
        teams,
        mentors,
        innovationsCsv);
  }

  /** The first line that sets this key, for problems found after the schema check. */
  static int lineOf(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  private static YamlProblem problem(
      String file, int line, String field, String key, Object... args) {
    return new YamlProblem(
        file,
        line,
        field,
        Messages.get(Messages.INDONESIAN, key, args),
        Messages.get(Locale.ENGLISH, key, args));
  }

  private static String hash(
      String text, Optional<Path> seed, Optional<Path> logo, Optional<Path> innovations) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      if (seed.isPresent()) {
        digest.update(Files.readAllBytes(seed.get()));
      }
      if (logo.isPresent()) {
        digest.update(Files.readAllBytes(logo.get()));
      }
      if (innovations.isPresent()) {
        digest.update(Files.readAllBytes(innovations.get()));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
