package id.klik.identity.application;

import java.util.List;
import java.util.UUID;

/** A member's roles and work unit as a clinic admin sets them (both replaced). */
public record MemberChange(List<String> roles, UUID workUnitId) {}
