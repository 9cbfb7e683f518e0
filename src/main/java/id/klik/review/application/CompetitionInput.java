package id.klik.review.application;

import java.time.LocalDate;

/**
 * A new competition: its name, the program blueprint ({@code id@version}) it follows, the
 * registration window and whether reviewers judge blind. The rubric is the blueprint's.
 */
public record CompetitionInput(
    String name,
    String program,
    LocalDate registrationOpens,
    LocalDate registrationCloses,
    Boolean blind) {}
