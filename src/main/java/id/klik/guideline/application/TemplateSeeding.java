package id.klik.guideline.application;

import id.klik.guideline.domain.TemplateRef;
import id.klik.tenancy.application.TenantSeeding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Adopts the templates a tenant's manifest names ({@code seed.templates}) when it is onboarded. */
@ApplicationScoped
public class TemplateSeeding {

  @Inject TemplateAdoptionService adoption;

  void adoptNamedTemplates(@Observes TenantSeeding seeding) {
    for (String ref : seeding.manifest().templates()) {
      adoption.adoptAtOnboarding(TemplateRef.parse(ref));
    }
  }
}
