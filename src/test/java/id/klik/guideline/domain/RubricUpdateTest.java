package id.klik.guideline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.klik.guideline.domain.merge.MergeDecisions;
import id.klik.guideline.domain.merge.Resolution;
import id.klik.guideline.domain.merge.TemplateChange;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * After a merge, rubric weights that no longer add up are reported to the person, never adjusted.
 */
class RubricUpdateTest {

  private static final Instant NOW = Instant.parse("2025-02-01T00:00:00Z");

  private final TemplateReader reader = new TemplateReader();
  private final TemplateCatalog catalog = new TemplateCatalog();

  @Test
  void rubricWeightsThatNoLongerAddUpAfterAMergeAreReportedNotFixed() {
    PublishedTemplate base =
        catalog.publish(
            rubricDraft("1.0.0", 25, 20, 25, 15, 15), null, Visibility.allTenants(), NOW);
    TenantTemplate local = base.adoptBy("sumedang", NOW);
    local = local.customize(withWeights(local.current().tree(), 25, 20, 30, 15, 10), reader);
    PublishedTemplate upstream =
        catalog.publish(
            rubricDraft("1.1.0", 20, 25, 25, 15, 15), null, Visibility.allTenants(), NOW);
    TemplateUpdate update = local.planUpdate(upstream);
    String noveltyOnly =
        update.upstreamChanges().stream()
            .map(TemplateChange::id)
            .filter(id -> id.contains("novelty"))
            .findFirst()
            .orElseThrow();

    TemplateUpdate.Result result = update.merge(MergeDecisions.choose(Set.of(noveltyOnly)), reader);

    assertThat(result.outcome().complete()).isTrue();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.messageEn())
                    .isEqualTo(
                        "The criteria weights add up to 95 instead of 100. Adjust the weights."));
    assertThat(result.outcome().merged().at("/criteria/0/weight").asInt()).isEqualTo(20);
    TenantTemplate finalLocal = local;
    assertThatThrownBy(
            () ->
                finalLocal.acceptUpdate(
                    update, result.outcome(), result.outcome().merged(), reader, NOW))
        .isInstanceOf(InvalidTemplateException.class);
    JsonNode corrected = withWeights(result.outcome().merged(), 20, 25, 30, 15, 10);
    assertThat(local.acceptUpdate(update, result.outcome(), corrected, reader, NOW).revision())
        .isEqualTo(3);
  }

  @Test
  void aResolvedWeightConflictCanTakeTheUpstreamWeight() {
    PublishedTemplate base =
        catalog.publish(
            rubricDraft("1.0.0", 25, 20, 25, 15, 15), null, Visibility.allTenants(), NOW);
    TenantTemplate local = base.adoptBy("sumedang", NOW);
    local = local.customize(withWeights(local.current().tree(), 30, 20, 20, 15, 15), reader);
    TemplateUpdate update =
        local.planUpdate(
            catalog.publish(
                rubricDraft("1.1.0", 20, 25, 25, 15, 15), null, Visibility.allTenants(), NOW));
    String novelty = update.plan().conflicts().get(0).changeId();

    TemplateUpdate.Result result =
        update.merge(
            MergeDecisions.choose(update.plan().allUpstreamChangeIds())
                .resolve(novelty, Resolution.TAKE_UPSTREAM),
            reader);

    // novelty 20 (upstream), effectiveness 25 (upstream), benefit 20 (local): 95, reported
    assertThat(result.problems())
        .extracting(p -> p.messageEn())
        .containsExactly("The criteria weights add up to 95 instead of 100. Adjust the weights.");
  }

  private TemplateDraft rubricDraft(String version, int... weights) {
    String yaml =
        """
        kind: rubric
        id: sumedang-test-rubric
        version: "%s"
        title: Rubrik uji
        publisher: {name: KLIK}
        source: test
        scale:
          levels: [{id: low, score: 1, label: Rendah}, {id: high, score: 4, label: Tinggi}]
        criteria:
          - {id: novelty, title: Kebaruan, weight: %d}
          - {id: effectiveness, title: Efektif, weight: %d}
          - {id: benefit, title: Bermanfaat, weight: %d}
          - {id: transferability, title: Mudah direplikasi, weight: %d}
          - {id: sustainability, title: Berkelanjutan, weight: %d}
        """
            .formatted(version, weights[0], weights[1], weights[2], weights[3], weights[4]);
    return new TemplateDraft(reader.read("rubric.yaml", yaml).orThrow());
  }

  private static JsonNode withWeights(JsonNode rubric, int... weights) {
    ObjectNode copy = (ObjectNode) rubric.deepCopy();
    for (int i = 0; i < weights.length; i++) {
      ((ObjectNode) copy.at("/criteria/" + i)).put("weight", weights[i]);
    }
    return copy;
  }
}
