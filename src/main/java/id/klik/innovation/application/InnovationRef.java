package id.klik.innovation.application;

import java.util.UUID;

/** What other parts need to know of an innovation to attach to it or to list it. */
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
