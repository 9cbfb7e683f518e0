package id.klik.people.api;

import java.util.List;

/** What to accept a mentor for: team ids, or none (or {@code {}}) for the whole clinic. */
public record AcceptMentorDto(List<String> teams) {}
