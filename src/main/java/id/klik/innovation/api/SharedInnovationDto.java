package id.klik.innovation.api;

import id.klik.innovation.application.SharedDirectory;
import java.util.UUID;

/**
 * An innovation another region shares: exactly name, region, primary affair, stage and summary;
 * {@code tenant} and {@code innovationId} name it for a declaration of replication.
 */
public record SharedInnovationDto(
    String tenant,
    UUID innovationId,
    String name,
    String region,
    String primaryAffair,
    String stage,
    String summary) {

  static SharedInnovationDto of(SharedDirectory.Entry e) {
    return new SharedInnovationDto(
        e.tenant(),
        e.innovationId(),
        e.name(),
        e.region(),
        e.primaryAffair(),
        e.stage(),
        e.summary());
  }
}
