package id.klik.guideline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.klik.guideline.domain.merge.ConflictKind;
import id.klik.guideline.domain.merge.MergeDecisions;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pontianak publishes, Sumedang adopts and customizes, Pontianak releases 2025.1, Sumedang merges.
 */
class TemplateLifecycleTest {

  private static final Instant NOW = Instant.parse("2025-02-01T00:00:00Z");
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final String CHECKLIST_TEXT = "/phases/0/steps/0/checklist/0/text/id";

  private final TemplateReader reader = new TemplateReader();

  /** What the user reads: the rule's message in English, as the edge says it. */
  private static String english(KlikException e) {
    return english(e.messageKey(), e.args());
  }

  private static String english(String key, Object... args) {
    return Messages.get(Locale.ENGLISH, key, args);
  }

  private final TemplateCatalog catalog = new TemplateCatalog();

  private TemplateDraft pontianak(String version) throws IOException {
    String file = "klik-pontianak-" + version + ".yaml";
    String yaml = Files.readString(Path.of("tenants/pontianak/templates", file));
    return new TemplateDraft(reader.read(file, yaml).orThrow());
  }

  private PublishedTemplate publish(String version, Visibility visibility) throws IOException {
    return catalog.publish(pontianak(version), "pontianak", visibility, NOW);
  }

  private TenantTemplate adopt(String ref, String tenant) {
    return catalog.find(TemplateRef.parse(ref), tenant).orElseThrow().adoptBy(tenant, NOW);
  }

  private TenantTemplate sumedangCustomized() throws IOException {
    publish("2024.1", Visibility.allTenants());
    TenantTemplate adopted = adopt("klik-pontianak@2024.1", "sumedang");
    ObjectNode edited = (ObjectNode) adopted.current().tree();
    ((ObjectNode) edited.at("/phases/0/steps/0/checklist/0/text"))
        .put("id", "Tim klinik ditetapkan dengan SK Bupati");
    return adopted.customize(edited, reader);
  }

  @Test
  void aPublishedVersionCannotBePublishedAgain() throws IOException {
    publish("2024.1", Visibility.allTenants());

    assertThatThrownBy(() -> publish("2024.1", Visibility.allTenants()))
        .isInstanceOfSatisfying(
            TemplateRuleException.class,
            e -> assertThat(english(e)).contains("2024.1").contains("published already"));
  }

  @Test
  void anotherTenantCannotPublishAVersionUnderAnIdThatIsNotItsOwn() throws IOException {
    publish("2024.1", Visibility.allTenants());
    ObjectNode tree = (ObjectNode) pontianak("2025.1").template().tree();
    ((ObjectNode) tree.get("publisher")).put("tenant", "sumedang");
    TemplateDraft impostor = new TemplateDraft(reader.check("impostor", tree).orThrow());

    assertThatThrownBy(() -> catalog.publish(impostor, "sumedang", Visibility.allTenants(), NOW))
        .isInstanceOfSatisfying(
            TemplateRuleException.class,
            e -> assertThat(english(e)).contains("'klik-pontianak' belongs to another publisher"));
  }

  @Test
  void anOlderVersionCannotBePublishedAfterANewerOne() throws IOException {
    publish("2025.1", Visibility.allTenants());

    assertThatThrownBy(() -> publish("2024.1", Visibility.allTenants()))
        .isInstanceOfSatisfying(
            TemplateRuleException.class,
            e -> assertThat(english(e)).isEqualTo("Version 2024.1 is not newer than 2025.1."));
  }

  @Test
  void onlyTheNamedPublisherMayPublish() {
    assertThatThrownBy(
            () -> catalog.publish(pontianak("2024.1"), "sumedang", Visibility.allTenants(), NOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("publisher.tenant");
                          assertThat(english(p.messageKey(), p.args().toArray()))
                              .contains("names publisher 'pontianak'")
                              .contains("own name 'sumedang'");
                        }));
  }

  @Test
  void aTenantNotChosenCannotSeeOrAdoptARestrictedTemplate() throws IOException {
    PublishedTemplate restricted = publish("2024.1", Visibility.onlyTo(Set.of("sumedang")));

    assertThat(catalog.visibleTo("kubu-raya")).isEmpty();
    assertThat(catalog.visibleTo("sumedang")).hasSize(1);
    assertThat(catalog.visibleTo("pontianak")).hasSize(1);
    assertThatThrownBy(() -> restricted.adoptBy("kubu-raya", NOW))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anEmptyChoiceOfTenantsNeverMeansEveryTenant() {
    assertThatThrownBy(() -> Visibility.onlyTo(Set.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("tenants", "template.noTenantChosen")));
  }

  @Test
  void anAdoptedTemplateSaysWhereItComesFrom() throws IOException {
    publish("2024.1", Visibility.allTenants());

    TenantTemplate adopted = adopt("klik-pontianak@2024.1", "sumedang");

    assertThat(adopted.provenance().describe(Locale.ENGLISH))
        .isEqualTo("based on KLIK Pontianak 2024.1");
    assertThat(adopted.provenance().describe(ID)).isEqualTo("berdasarkan KLIK Pontianak 2024.1");
    assertThat(adopted.current().header().basedOn()).hasToString("klik-pontianak@2024.1");
    assertThat(adopted.isCustomized()).isFalse();
  }

  @Test
  void aCustomizationMustStillBeAValidTemplate() throws IOException {
    TenantTemplate customized = sumedangCustomized();
    ObjectNode broken = (ObjectNode) customized.current().tree();
    ((ObjectNode) broken.at("/phases/0/steps/0")).remove("title");

    assertThatThrownBy(() -> customized.customize(broken, reader))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("field 'phases[0].steps[0].title': Field 'title' is required.");
  }

  @Test
  void aCustomizedCopyKeepsItsIdSoThatItsUpdatesAreFound() throws IOException {
    TenantTemplate customized = sumedangCustomized();
    ObjectNode renamed = (ObjectNode) customized.current().tree();
    renamed.put("id", "klik-sumedang");

    assertThatThrownBy(() -> customized.customize(renamed, reader))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p ->
                            assertThat(english(p.messageKey(), p.args().toArray()))
                                .isEqualTo("The template id must stay 'klik-pontianak'.")));
  }

  @Test
  void aCustomizedCopyKeepsItsKind() throws IOException {
    TenantTemplate customized = sumedangCustomized();
    ObjectNode other = (ObjectNode) customized.current().tree();
    other.put("kind", "journey");

    assertThatThrownBy(() -> customized.customize(other, reader))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::args)
                    .containsExactly(tuple("kind", List.of("clinic"))));
  }

  @Test
  void theUpstreamDiffShowsTheAiWorkshop() throws IOException {
    TenantTemplate customized = sumedangCustomized();
    PublishedTemplate newer = publish("2025.1", Visibility.allTenants());

    TemplateUpdate update = customized.planUpdate(newer);

    assertThat(update.upstreamChanges())
        .extracting(change -> change.description(Locale.ENGLISH))
        .containsExactly(
            "Program 'pontianak-ai-proposal-workshop@2025.1' added.",
            "Step 'AI-assisted proposal-writing workshop' added to phase 'Programs'.",
            "Service 'Proposal-writing workshop (bimtek)' added.");
  }

  @Test
  void mergingTheUpstreamVersionKeepsTheTenantsChecklistEdit() throws IOException {
    TenantTemplate customized = sumedangCustomized();
    TemplateUpdate update = customized.planUpdate(publish("2025.1", Visibility.allTenants()));

    TemplateUpdate.Result result =
        update.merge(MergeDecisions.choose(update.plan().allUpstreamChangeIds()), reader);
    TenantTemplate merged =
        customized.acceptUpdate(update, result.outcome(), result.outcome().merged(), reader, NOW);

    assertThat(result.acceptable()).isTrue();
    JsonNode tree = merged.current().tree();
    assertThat(tree.at(CHECKLIST_TEXT).asText())
        .isEqualTo("Tim klinik ditetapkan dengan SK Bupati");
    assertThat(tree.at("/phases/1/steps/2/id").asText()).isEqualTo("ai-proposal-workshop");
    assertThat(merged.provenance().describe(Locale.ENGLISH))
        .isEqualTo("based on KLIK Pontianak 2025.1");
    assertThat(merged.basis().ref()).hasToString("klik-pontianak@2025.1");
  }

  @Test
  void aConflictingUpstreamEditIsShownAsAConflict() throws IOException {
    TenantTemplate customized = sumedangCustomized();
    ObjectNode upstreamTree = (ObjectNode) pontianak("2025.1").template().tree();
    ((ObjectNode) upstreamTree.at("/phases/0/steps/0/checklist/0/text"))
        .put("id", "Tim klinik ditetapkan dengan SK Wali Kota");
    PublishedTemplate newer =
        catalog.publish(
            new TemplateDraft(reader.check("2025.1", upstreamTree).orThrow()),
            "pontianak",
            Visibility.allTenants(),
            NOW);

    TemplateUpdate update = customized.planUpdate(newer);

    assertThat(update.plan().conflicts())
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(ConflictKind.BOTH_CHANGED));
  }

  @Test
  void anUnresolvedConflictCannotBeAccepted() throws IOException {
    TenantTemplate customized = sumedangCustomized();
    ObjectNode upstreamTree = (ObjectNode) pontianak("2025.1").template().tree();
    ((ObjectNode) upstreamTree.at("/phases/0/steps/0/checklist/0/text"))
        .put("id", "Tim klinik ditetapkan dengan SK Wali Kota");
    PublishedTemplate newer =
        catalog.publish(
            new TemplateDraft(reader.check("2025.1", upstreamTree).orThrow()),
            "pontianak",
            Visibility.allTenants(),
            NOW);
    TemplateUpdate update = customized.planUpdate(newer);
    TemplateUpdate.Result result =
        update.merge(MergeDecisions.choose(update.plan().allUpstreamChangeIds()), reader);

    assertThat(result.acceptable()).isFalse();
    assertThatThrownBy(
            () ->
                customized.acceptUpdate(
                    update, result.outcome(), result.outcome().merged(), reader, NOW))
        .isInstanceOfSatisfying(
            TemplateRuleException.class,
            e -> assertThat(e.messageKey()).isEqualTo("template.unresolved"));
  }

  @Test
  void anUpdateMustBeANewerVersionOfTheSameTemplate() throws IOException {
    TenantTemplate customized = sumedangCustomized();
    PublishedTemplate same =
        catalog.find(TemplateRef.parse("klik-pontianak@2024.1"), "sumedang").orElseThrow();

    assertThatThrownBy(() -> customized.planUpdate(same))
        .isInstanceOfSatisfying(
            TemplateRuleException.class,
            e ->
                assertThat(english(e))
                    .isEqualTo(
                        "Version klik-pontianak@2024.1 is not newer than klik-pontianak@2024.1."));
  }
}
