package id.klik.index.api;

import java.util.UUID;

/** {@code {"level":0..3,"evidenceId"?}}: the level and the evidence item that proves it. */
public record LevelInputDto(Integer level, UUID evidenceId) {}
