package id.klik.organization.api;

import java.util.UUID;

/** Where to move a work unit: the new parent, or null for the top of the hierarchy. */
public record MoveDto(UUID parentId) {}
