package id.klik.index.application;

import java.util.UUID;

/**
 * What the readiness mail to one work unit did: to how many members, about how many innovations.
 */
public record ReadinessMail(UUID workUnitId, int recipients, int innovations) {}
