package id.klik.innovation.application;

import java.util.UUID;

/** STUB of the innovation core contract; replaced by main's file at the merge. */
public record InnovationRef(
    UUID id,
    String name,
    UUID workUnitId,
    UUID teamId,
    String stage,
    String kind,
    String form,
    String primaryAffair,
    boolean shared) {}
