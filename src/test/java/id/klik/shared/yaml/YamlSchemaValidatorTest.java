package id.klik.shared.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class YamlSchemaValidatorTest {

  private static final Locale ID = Locale.forLanguageTag("id");
  private final YamlSchemaValidator validator =
      YamlSchemaValidator.forSchema("/yaml/sample-tenant.schema.json");

  private static final String VALID =
      """
      slug: pontianak
      name: {id: Kota Pontianak, en: City of Pontianak}
      regionCode: "61.71"
      timeZone: Asia/Jakarta
      founded: 2021-03-01
      seats: 40
      """;

  private ValidatedYaml validate(String yaml) {
    return validator.validate("tenant.yaml", yaml);
  }

  private YamlProblem onlyProblem(String yaml) {
    List<YamlProblem> problems = validate(yaml).problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void aValidFileHasNoProblemsAndGivesItsDocument() {
    ValidatedYaml result = validate(VALID);

    assertThat(result.valid()).isTrue();
    assertThat(result.document().at("/name/en").asText()).isEqualTo("City of Pontianak");
    assertThat(result.document().at("/founded").isTextual()).isTrue();
  }

  @Test
  void aMissingFieldIsReportedOnTheLineOfItsParentWithTheFieldName() {
    YamlProblem problem = onlyProblem("slug: pontianak\nname: Kota Pontianak\n");

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.field()).isEqualTo("regionCode");
    assertThat(problem.format(ID))
        .isEqualTo("tenant.yaml, baris 1, kolom 'regionCode': Kolom 'regionCode' wajib diisi.");
    assertThat(problem.format(Locale.ENGLISH))
        .isEqualTo("tenant.yaml, line 1, field 'regionCode': Field 'regionCode' is required.");
  }

  @Test
  void aMissingFieldInsideAListNamesTheElement() {
    YamlProblem problem = onlyProblem(VALID + "admins:\n  - email: a@b.id\n  - name: Budi\n");

    assertThat(problem.line()).isEqualTo(9);
    assertThat(problem.field()).isEqualTo("admins[1].email");
    assertThat(problem.messageEn()).isEqualTo("Field 'email' is required.");
  }

  @Test
  void anUnknownFieldAsksToCheckTheSpellingAndSuggestsTheClosestName() {
    YamlProblem problem = onlyProblem(VALID + "seets: 3\n");

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.field()).isEqualTo("seets");
    assertThat(problem.messageEn())
        .isEqualTo("Unknown field 'seets' — check the spelling. Did you mean 'seats'?");
    assertThat(problem.messageId()).startsWith("Kolom 'seets' tidak dikenal — periksa ejaannya.");
  }

  @Test
  void theSchemasOwnMessageReplacesTheGenericOne() {
    YamlProblem problem = onlyProblem(VALID.replace("\"61.71\"", "\"6171\""));

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.format(ID))
        .isEqualTo(
            "tenant.yaml, baris 3, kolom 'regionCode': Kode wilayah ditulis seperti 61 (provinsi)"
                + " atau 61.71 (kabupaten/kota), sesuai Kepmendagri.");
  }

  @Test
  void theOwnMessageAlsoWorksNextToAReference() {
    YamlProblem problem = onlyProblem(VALID.replace("Asia/Jakarta", "Asia/Pontianak"));

    assertThat(problem.messageEn()).isEqualTo("Time zone: WIB, WITA or WIT.");
  }

  @Test
  void aWrongTypeSaysWhatWasExpected() {
    YamlProblem problem = onlyProblem(VALID.replace("seats: 40", "seats: many"));

    assertThat(problem.messageId()).isEqualTo("Nilai harus berupa bilangan bulat, bukan teks.");
    assertThat(problem.messageEn()).isEqualTo("The value must be a whole number, not text.");
  }

  @Test
  void aNumberWhereTextIsExpectedSuggestsQuotes() {
    YamlProblem problem = onlyProblem(VALID + "version: 2024.1\n");

    assertThat(problem.messageEn())
        .isEqualTo(
            "The value must be text, not a number. Put the value in quotes, e.g. \"2024.1\".");
  }

  @Test
  void anEmptyValueSaysTheFieldIsEmpty() {
    YamlProblem problem = onlyProblem(VALID + "version:\n");

    assertThat(problem.messageEn()).isEqualTo("This field is empty; fill it in with text.");
  }

  @Test
  void yesAndNoStayTextAsInYaml12() {
    ValidatedYaml result = validate(VALID + "version: no\n");

    assertThat(result.valid()).isTrue();
    assertThat(result.document().get("version").asText()).isEqualTo("no");
  }

  @Test
  void anEnumListsTheAllowedValues() {
    YamlProblem problem = onlyProblem(VALID + "status: aktif\n");

    assertThat(problem.messageEn())
        .isEqualTo("The value 'aktif' is not allowed. Allowed values: 'active', 'suspended'.");
  }

  @Test
  void aConstNamesTheOnlyValue() {
    assertThat(onlyProblem(VALID + "kind: region\n").messageEn())
        .isEqualTo("The value must be 'tenant'.");
  }

  @Test
  void aPatternWithoutOwnMessageShowsValueAndPattern() {
    YamlProblem problem = onlyProblem(VALID.replace("slug: pontianak", "slug: Pontianak"));

    assertThat(problem.messageEn())
        .isEqualTo(
            "The value 'Pontianak' does not have the expected form (pattern ^[a-z][a-z0-9-]{1,30}$).");
  }

  @Test
  void anInvalidDateShowsHowToWriteIt() {
    YamlProblem problem = onlyProblem(VALID.replace("2021-03-01", "2021-13-01"));

    assertThat(problem.messageId())
        .isEqualTo("Nilai '2021-13-01' bukan tanggal yang valid; tulis seperti 2025-06-30.");
  }

  @Test
  void anInvalidEmailIsReported() {
    assertThat(onlyProblem(VALID + "contact: budi-at-pontianak\n").messageEn())
        .isEqualTo("The value 'budi-at-pontianak' is not a valid email address.");
  }

  @Test
  void tooLongTextGivesTheLimit() {
    assertThat(validate(VALID.replace("pontianak", "p" + "x".repeat(31))).problems())
        .extracting(YamlProblem::messageEn)
        .contains("The text is too long: at most 31 characters.");
  }

  @Test
  void numbersOutOfRangeGiveTheLimit() {
    assertThat(onlyProblem(VALID.replace("seats: 40", "seats: 0")).messageEn())
        .isEqualTo("The value '0' is too small: the minimum is 1.");
    assertThat(onlyProblem(VALID.replace("seats: 40", "seats: 501")).messageId())
        .isEqualTo("Nilai '501' terlalu besar: maksimal 500.");
  }

  @Test
  void listSizeAndUniquenessAreReported() {
    assertThat(onlyProblem(VALID + "modules: []\n").messageEn())
        .isEqualTo("The list must have at least 1 items (it has 0).");
    assertThat(onlyProblem(VALID + "modules: [a, b, c, d]\n").messageEn())
        .isEqualTo("The list may have at most 3 items (it has 4).");
    assertThat(onlyProblem(VALID + "modules: [a, a]\n").messageEn())
        .isEqualTo("The list contains the same item more than once.");
  }

  @Test
  void aFailedOneOfGivesOneMessageInsteadOfOnePerAlternative() {
    YamlProblem problem = onlyProblem(VALID + "limit: true\n");

    assertThat(problem.field()).isEqualTo("limit");
    assertThat(problem.messageEn()).isEqualTo("The value must be a whole number or text.");
  }

  @Test
  void aBilingualTextNeedsItsIndonesianPart() {
    YamlProblem problem =
        onlyProblem(VALID.replace("{id: Kota Pontianak, en: City of Pontianak}", "{en: City}"));

    assertThat(problem.field()).isEqualTo("name.id");
    assertThat(problem.line()).isEqualTo(2);
  }

  @Test
  void aDuplicateKeyIsRejectedWithBothLines() {
    YamlProblem problem = onlyProblem(VALID + "slug: kubu-raya\n");

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.messageEn())
        .isEqualTo("Field 'slug' is written twice (first on line 1); remove one of them.");
  }

  @Test
  void aSyntaxErrorIsReportedWithItsLine() {
    YamlProblem problem = onlyProblem("slug: pontianak\nname: Kota\n  regionCode: 61.71\n");

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.field()).isEmpty();
    assertThat(problem.messageEn()).contains("colon ':' is not expected here");
    assertThat(
            validate("slug: pontianak\nname: Kota\n  regionCode: 61.71\n")
                .document()
                .isMissingNode())
        .isTrue();
  }

  @Test
  void aTabInTheIndentationIsExplained() {
    YamlProblem problem = onlyProblem("slug: pontianak\nadmins:\n\t- email: a@b.id\n");

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.messageEn()).contains("TAB");
  }

  @Test
  void anEmptyFileIsAProblemOfTheWholeFile() {
    YamlProblem problem = onlyProblem("# nothing here\n");

    assertThat(problem.line()).isZero();
    assertThat(problem.format(Locale.ENGLISH)).isEqualTo("tenant.yaml: The file is empty.");
  }

  @Test
  void problemsAreOrderedByLine() {
    List<YamlProblem> problems =
        validate("seats: 0\nslug: X1\nname: Kota\nregionCode: '6171'\n").problems();

    assertThat(problems).extracting(YamlProblem::line).containsExactly(1, 2, 4);
  }

  @Test
  void aLoopingAliasIsReportedNotFollowed() {
    ValidatedYaml result = validate(VALID + "modules: &loop [*loop]\n");

    assertThat(result.valid()).isFalse();
  }

  @Test
  void theValidatorIsSharedPerSchema() {
    assertThat(YamlSchemaValidator.forSchema("yaml/sample-tenant.schema.json")).isSameAs(validator);
  }

  @Test
  void anUnknownSchemaIsRefusedAtOnce() {
    assertThatThrownBy(() -> YamlSchemaValidator.forSchema("/yaml/missing.schema.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing.schema.json");
  }

  @Test
  void validationIsSafeFromSeveralThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Callable<Integer> task = () -> validate(VALID + "seets: 3\n").problems().size();
      List<Future<Integer>> results = pool.invokeAll(java.util.Collections.nCopies(64, task));
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(1);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theLineOfAnyFieldCanBeLookedUpForLaterChecks() {
    ValidatedYaml result = validate(VALID);

    assertThat(result.lineOf("/seats")).isEqualTo(6);
    assertThat(result.lineOf("/name/en")).isEqualTo(2);
    assertThat(result.lineOf("/nowhere")).isEqualTo(1);
  }

  @Test
  void aTreeWithoutAFileIsValidatedWithFieldsButNoLines() {
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode) validate(VALID).document().deepCopy();
    tree.put("seats", 0);

    ValidatedYaml result = validator.validateTree("merged", tree);

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.format(Locale.ENGLISH))
                    .isEqualTo(
                        "merged, field 'seats': The value '0' is too small: the minimum is 1."));
  }
}
