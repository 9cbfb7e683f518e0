package id.klik.organization.application;

import java.util.UUID;

/** What a person fills in for a work unit. */
public record WorkUnitInput(String code, String name, String kind, UUID parentId) {}
