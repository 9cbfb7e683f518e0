package id.klik.identity.application;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's work units as member administration needs them: a member may be placed in
 * one. A port, implemented by the organization context (which depends on identity), so identity
 * stays below the business contexts.
 */
public interface MemberWorkUnits {

  /** The name of an active work unit of the current tenant, or empty when there is none. */
  Optional<String> activeName(UUID id);

  /** An active work unit's id by its code (as a CSV names it). */
  Optional<UUID> activeByCode(String code);

  /** Every work unit's name by id, for showing the members list. */
  Map<UUID, String> names();
}
