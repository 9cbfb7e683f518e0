package id.klik.index.application;

import java.util.UUID;

/**
 * The level chosen for one measure (0..the model's maximum) and the evidence item that proves it
 * (an item of the evidence vault: the innovation's own, or for a region measure a region item);
 * {@code null} evidence detaches it. Writing a carried item confirms it.
 */
public record LevelInput(Integer level, UUID evidenceId) {}
