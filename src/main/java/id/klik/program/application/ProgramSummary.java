package id.klik.program.application;

import java.time.ZonedDateTime;
import java.util.UUID;

/** A program in the list: its first and last session in the tenant's zone, its teams' count. */
public record ProgramSummary(
    UUID id,
    String title,
    String blueprint,
    String state,
    ZonedDateTime firstSession,
    ZonedDateTime lastSession,
    int teams,
    boolean demo) {}
