package id.klik.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/id/klik/i18n");
  private static final Path SOURCES = Path.of("src/main/java");

  /**
   * A string literal that looks like a message key: one of the key prefixes, a dot, and more dotted
   * words. Literals ending in a dot ({@code "error.title." + status}) build a key at run time;
   * literals ending like a file name ({@code "tenant.yaml"}) are not keys.
   */
  private static final Pattern KEY_LITERAL =
      Pattern.compile(
          "\"((?:workUnit|csv|error|tenant|access|regionCode|manifest|wu|nav|platform|home|template"
              + "|edit|pub)"
              + "\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

  /** What a {@code NotFoundException} names; said through the key {@code entity.<what>}. */
  private static final Pattern NOT_FOUND = Pattern.compile("new NotFoundException\\(\"([^\"]+)\"");

  private static final Pattern FILE_NAME = Pattern.compile(".*\\.(yaml|yml|json|csv|xhtml)");

  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  private static Set<String> keysUsedInCode() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        Matcher m = KEY_LITERAL.matcher(text);
        while (m.find()) {
          if (!FILE_NAME.matcher(m.group(1)).matches()) {
            used.add(m.group(1));
          }
        }
        Matcher notFound = NOT_FOUND.matcher(text);
        while (notFound.find()) {
          used.add("entity." + notFound.group(1).replace(' ', '-'));
        }
      }
    }
    return used;
  }

  @Test
  void indonesianAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(keys("messages_en.properties"))
        .isNotEmpty()
        .containsExactlyElementsOf(keys("messages_id.properties"));
  }

  @Test
  void everyMessageKeyUsedInCodeHasAText() throws IOException {
    Set<String> used = keysUsedInCode();

    assertThat(used)
        .contains(
            "workUnit.code.required",
            "csv.column.missing",
            "regionCode.format",
            "template.idTaken",
            "entity.template-draft");
    assertThat(keys("messages_id.properties")).containsAll(used);
  }

  @Test
  void aLanguageWithoutItsOwnTextsGetsIndonesian() {
    assertThat(Messages.get(Locale.forLanguageTag("fr"), "wu.title")).isEqualTo("Unit kerja");
  }

  @Test
  void aMessageIsGivenInEnglishWithItsArguments() {
    assertThat(Messages.get(Locale.ENGLISH, "csv.code.duplicate", "DINKES", 2))
        .isEqualTo("Code 'DINKES' appears twice (also on line 2).");
  }

  @Test
  void aPhraseAmongTheArgumentsIsSaidInTheSameLanguage() {
    NotFoundException e = new NotFoundException("template draft", 42);

    assertThat(Messages.get(Messages.INDONESIAN, e.messageKey(), e.args()))
        .isEqualTo("Draf templat 42 tidak ditemukan.");
    assertThat(Messages.get(Locale.ENGLISH, e.messageKey(), e.args()))
        .isEqualTo("Template draft 42 was not found.");
  }

  @Test
  void aPhraseWithoutATextIsSaidWithItsFallback() {
    NotFoundException e = new NotFoundException("moon base", "m1");

    assertThat(Messages.get(Locale.ENGLISH, e.messageKey(), e.args()))
        .isEqualTo("moon base m1 was not found.");
  }

  @Test
  void anUnknownKeyIsGivenBackAsItIs() {
    assertThat(Messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void anEnglishLanguageTagReadsEnglish() {
    assertThat(Messages.localeOf("en-GB,en;q=0.9")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void anyOtherLanguageTagReadsIndonesian() {
    assertThat(Messages.localeOf("fr-FR")).isEqualTo(Messages.INDONESIAN);
  }
}
