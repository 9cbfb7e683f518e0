package id.klik.people.api;

import java.util.List;

/**
 * Registering a national mentor.
 *
 * @param username optional; the e-mail address in lower case when absent
 */
public record RegisterMentorDto(
    String username, String email, String name, String institution, List<String> expertise) {}
