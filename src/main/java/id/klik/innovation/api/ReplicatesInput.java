package id.klik.innovation.api;

import java.util.UUID;

/**
 * "Our innovation replicates this one": the other region (tenant slug) and its shared innovation's
 * id, both as the directory of shared innovations lists them.
 */
public record ReplicatesInput(String tenant, UUID innovationId) {}
