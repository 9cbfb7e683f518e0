package id.klik.identity.application;

import java.util.List;
import java.util.UUID;

/**
 * What a clinic admin fills in to invite someone. Roles are spelled {@code clinic-admin}, {@code
 * clinic-staff}, {@code innovator}, {@code mentor}, {@code viewer}.
 */
public record MemberInput(String email, String name, List<String> roles, UUID workUnitId) {}
