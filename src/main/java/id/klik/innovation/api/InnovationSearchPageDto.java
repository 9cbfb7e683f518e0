package id.klik.innovation.api;

import java.util.List;
import java.util.Map;

/**
 * One page of the search's hits ({@code page} from 0), the total, and the counts per filter value
 * by filter: {@code stage, kind, form, affair, workUnit, team, year, status, shared}.
 */
public record InnovationSearchPageDto(
    List<InnovationListItemDto> items,
    int page,
    int size,
    long total,
    Map<String, List<FacetDto>> facets) {}
