package id.klik.people.api;

import java.util.List;

/** One page of teams; {@code page} counts from 0. */
public record TeamPageDto(List<TeamDto> items, int page, int size, long total) {}
