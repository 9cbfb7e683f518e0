package id.klik.guideline.domain;

import id.klik.guideline.domain.merge.MergeDecisions;
import id.klik.guideline.domain.merge.MergeOutcome;
import id.klik.guideline.domain.merge.MergePlan;
import id.klik.guideline.domain.merge.TemplateChange;
import id.klik.shared.yaml.YamlProblem;
import java.util.List;

/**
 * A tenant looking at a newer upstream version of its template: the readable diff, the merge plan
 * and a way to try decisions. Merging checks the result against the template's rules, so e.g.
 * rubric weights that no longer add up are reported, never adjusted behind the person's back.
 */
public record TemplateUpdate(
    TenantTemplate tenantTemplate, PublishedTemplate upstream, MergePlan plan) {

  /** What the publisher changed between the version the tenant has and the newer one. */
  public List<TemplateChange> upstreamChanges() {
    return plan.upstreamChanges();
  }

  /** The outcome of merging with these decisions, and the problems of the merged template. */
  public Result merge(MergeDecisions decisions, TemplateReader reader) {
    MergeOutcome outcome = plan.merge(decisions);
    String label = upstream.ref() + " (" + tenantTemplate.tenant() + ", merged)";
    List<YamlProblem> problems = reader.check(label, outcome.merged()).problems();
    return new Result(outcome, problems);
  }

  /**
   * @param problems what is wrong with the merged template (e.g. weights adding up to 95); to be
   *     fixed by the person before accepting
   */
  public record Result(MergeOutcome outcome, List<YamlProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean acceptable() {
      return outcome.complete() && problems.isEmpty();
    }
  }
}
