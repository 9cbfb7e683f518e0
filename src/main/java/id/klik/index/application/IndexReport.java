package id.klik.index.application;

import id.klik.guideline.domain.TemplateRef;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** A cycle's summary for the region's leadership, as a PDF ({@link LeadershipPdf}). */
@ApplicationScoped
public class IndexReport {

  @Inject IndexCycles cycles;
  @Inject IndexModels models;

  private final LeadershipPdf pdf = new LeadershipPdf();

  /** Every member reads it; a year without a cycle is not found. */
  @Transactional
  public byte[] leadership(int year, Locale locale) {
    CycleEstimate estimate = cycles.estimate(year);
    List<LeadershipPdf.Step> steps =
        cycles.whatIf(year).stream()
            .limit(LeadershipPdf.MAX_STEPS)
            .map(s -> new LeadershipPdf.Step(s.needs().in(locale), s.innovationName(), s.gain()))
            .toList();
    IndexModels.Model model =
        models
            .load(TemplateRef.parse(estimate.cycle().model()))
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "model", "index.modelNotAdopted", estimate.cycle().model()));
    String region = TenantContext.current().map(TenantRef::name).orElse("");
    return pdf.render(
        new LeadershipPdf.Content(
            region,
            year,
            estimate.cycle().model(),
            model.body(),
            estimate.estimates(),
            steps,
            locale));
  }
}
