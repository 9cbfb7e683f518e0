package id.klik.organization.application;

import id.klik.tenancy.application.TenantSeeding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Seeds a new tenant's work units from the CSV its manifest names ({@code seed.workUnits}). Only an
 * empty tenant is seeded: a region's later edits are never overwritten.
 */
@ApplicationScoped
public class WorkUnitSeeding {

  @Inject WorkUnitService workUnits;

  void seedWorkUnits(@Observes TenantSeeding seeding) {
    var csv = seeding.manifest().workUnitsCsv();
    if (csv.isEmpty()) {
      return;
    }
    try {
      String text = Files.readString(seeding.folder().resolve(csv.get()), StandardCharsets.UTF_8);
      workUnits.seedIfEmpty(text);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + csv.get() + ": " + e.getMessage(), e);
    }
  }
}
