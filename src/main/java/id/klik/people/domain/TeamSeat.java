package id.klik.people.domain;

import java.util.UUID;

/**
 * A place in a team as it is asked for: which membership, and whether that person leads the team.
 *
 * @param memberId the membership's id in the current tenant
 */
public record TeamSeat(UUID memberId, boolean leader) {}
