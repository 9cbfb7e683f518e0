package id.klik.innovation.api;

/** The stage (its id in the journey template) to move the innovation to. */
public record JourneyMoveInput(String stage) {}
