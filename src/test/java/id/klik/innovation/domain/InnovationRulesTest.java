package id.klik.innovation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.shared.domain.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InnovationRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static InnovationProfile applied() {
    return new InnovationProfile(
        "Layanan Adminduk Keliling",
        UUID.randomUUID(),
        null,
        "penerapan",
        "digital",
        "pelayanan-publik",
        "asn",
        "administrasi-kependudukan-pencatatan-sipil",
        List.of("sosial"),
        LocalDate.of(2024, 2, 1),
        LocalDate.of(2024, 6, 1),
        new BigDecimal("150000000"),
        "Tujuan",
        "Manfaat",
        "Hasil",
        "Rancang bangun singkat",
        "Perubahan",
        "Warga",
        "https://youtu.be/abc",
        null,
        false);
  }

  static List<String> keys(List<FieldProblem> problems) {
    return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
  }

  static List<FieldProblem> check(InnovationProfile p) {
    return InnovationRules.check(p, GovernmentAffairs.master(), TODAY);
  }

  @Test
  void aCompleteProfileHasNoProblemAndIsActiveByDefault() {
    assertThat(check(applied())).isEmpty();
    assertThat(applied().status()).isEqualTo("aktif");
  }

  @Test
  void anApplicationBeforeTheTrialIsRefused() {
    var p = with(applied(), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 2, 1), "penerapan");
    assertThat(keys(check(p)))
        .containsExactly("applicationDate:innovation.dates.applicationBeforeTrial");
  }

  @Test
  void anAppliedInnovationNeedsItsApplicationDate() {
    var p = with(applied(), LocalDate.of(2024, 2, 1), null, "penerapan");
    assertThat(keys(check(p)))
        .containsExactly("applicationDate:innovation.applicationDate.requiredWhenApplied");
  }

  @Test
  void anAppliedInnovationIsNotAppliedInTheFuture() {
    var p = with(applied(), null, TODAY.plusDays(1), "penerapan");
    assertThat(keys(check(p))).containsExactly("applicationDate:innovation.applicationDate.future");
  }

  @Test
  void anInnovationOnTrialNeedsItsTrialDate() {
    var p = with(applied(), null, null, "uji-coba");
    assertThat(keys(check(p))).containsExactly("trialDate:innovation.trialDate.requiredOnTrial");
  }

  @Test
  void anInitiativeNeedsNoDates() {
    assertThat(check(with(applied(), null, null, "inisiatif"))).isEmpty();
  }

  @Test
  void unknownCodesAreNamedWithTheChoices() {
    var a = applied();
    var p =
        new InnovationProfile(
            a.name(),
            a.workUnitId(),
            null,
            "selesai",
            "analog",
            "tata-kelola",
            "asn",
            "pendidikan",
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "hapus",
            false);
    var problems = check(p);
    assertThat(keys(problems))
        .containsExactly(
            "stage:innovation.code.unknown",
            "kind:innovation.code.unknown",
            "status:innovation.code.unknown");
    assertThat(problems.get(0).args()).containsExactly("selesai", "inisiatif, uji-coba, penerapan");
  }

  @Test
  void everyMissingRequiredFieldIsNamedTogether() {
    var p =
        new InnovationProfile(
            "  ", null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, false);
    assertThat(keys(check(p)))
        .containsExactly(
            "name:innovation.name.required",
            "workUnitId:innovation.workUnit.required",
            "stage:innovation.code.required",
            "kind:innovation.code.required",
            "form:innovation.code.required",
            "initiator:innovation.code.required",
            "primaryAffair:innovation.affair.required");
  }

  @Test
  void otherAffairsAreKnownDistinctAndNotThePrimaryOne() {
    var a = applied();
    var p =
        new InnovationProfile(
            a.name(),
            a.workUnitId(),
            null,
            "inisiatif",
            "digital",
            "lainnya",
            "masyarakat",
            "kesehatan",
            List.of("kesehatan", "sosial", "sosial", "sihir"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false);
    assertThat(keys(check(p)))
        .containsExactly(
            "otherAffairs:innovation.affair.samePrimary",
            "otherAffairs:innovation.affair.duplicate",
            "otherAffairs:innovation.affair.unknown");
  }

  @Test
  void theVideoIsAWebLinkNotAScript() {
    assertThat(InnovationRules.webAddress("https://www.youtube.com/watch?v=x")).isTrue();
    assertThat(InnovationRules.webAddress("javascript:alert(1)")).isFalse();
    assertThat(InnovationRules.webAddress("/home/video.mp4")).isFalse();
    assertThat(InnovationRules.webAddress("https://")).isFalse();
  }

  @Test
  void aBudgetIsAPositiveAmountOfRupiahWithCents() {
    assertThat(keys(check(budget("-1"))))
        .containsExactly("budgetAmount:innovation.budget.negative");
    assertThat(keys(check(budget("1.005"))))
        .containsExactly("budgetAmount:innovation.budget.invalid");
    assertThat(keys(check(budget("99999999999999999"))))
        .containsExactly("budgetAmount:innovation.budget.invalid");
    assertThat(check(budget("2500000.50"))).isEmpty();
  }

  @Test
  void aTooLongNarrativeIsRefused() {
    var a = applied();
    var p =
        new InnovationProfile(
            a.name(),
            a.workUnitId(),
            null,
            "inisiatif",
            "digital",
            "lainnya",
            "asn",
            "sosial",
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            "x".repeat(InnovationRules.NARRATIVE_MAX + 1),
            null,
            null,
            null,
            null,
            false);
    assertThat(keys(check(p))).containsExactly("designNarrative:innovation.text.tooLong");
  }

  private static InnovationProfile budget(String amount) {
    var a = applied();
    return new InnovationProfile(
        a.name(),
        a.workUnitId(),
        null,
        "inisiatif",
        "digital",
        "lainnya",
        "asn",
        "sosial",
        List.of(),
        null,
        null,
        new BigDecimal(amount),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false);
  }

  static InnovationProfile with(
      InnovationProfile a, LocalDate trial, LocalDate application, String stage) {
    return new InnovationProfile(
        a.name(),
        a.workUnitId(),
        a.teamId(),
        stage,
        a.kind(),
        a.form(),
        a.initiator(),
        a.primaryAffair(),
        a.otherAffairs(),
        trial,
        application,
        a.budgetAmount(),
        a.goals(),
        a.benefits(),
        a.results(),
        a.designNarrative(),
        a.keyChanges(),
        a.beneficiaries(),
        a.videoUrl(),
        a.status(),
        a.shared());
  }
}
