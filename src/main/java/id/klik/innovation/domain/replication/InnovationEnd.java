package id.klik.innovation.domain.replication;

import java.util.Objects;
import java.util.UUID;

/**
 * One end of a link as both sides may see it: the tenant, its innovation, the innovation's name and
 * the region's name. Nothing else of the other side is ever shown.
 */
public record InnovationEnd(String tenant, UUID innovationId, String name, String region) {
  public InnovationEnd {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(innovationId, "innovationId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
  }
}
