package id.klik.innovation.application;

import id.klik.innovation.domain.journey.Journey;

/** An innovation's journey as its pages and API show it, and whether the caller may change it. */
public record JourneyView(InnovationRef innovation, Journey journey, boolean mayEdit) {}
