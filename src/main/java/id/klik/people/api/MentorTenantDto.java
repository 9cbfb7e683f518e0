package id.klik.people.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * One tenant on the mentor's home.
 *
 * @param url where the mentor's pages of that tenant start ({@code /t/<slug>/})
 * @param scope {@code CLINIC} or {@code TEAMS}
 * @param teams the teams the mentor is accepted for (for {@code CLINIC}: none listed, all covered)
 * @param reviewsWaiting reserved for the proposals feature: reviews waiting for this mentor; null
 *     until that feature exists
 * @param nextConsultations reserved for the consultations feature: the mentor's next consultations
 *     here; empty until that feature exists
 */
@JsonbNillable
public record MentorTenantDto(
    String slug,
    String name,
    String url,
    String scope,
    List<MentorTeamDto> teams,
    Integer reviewsWaiting,
    List<Object> nextConsultations) {}
