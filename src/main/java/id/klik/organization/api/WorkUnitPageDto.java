package id.klik.organization.api;

import java.util.List;

/** One page of work units; {@code page} counts from 0. */
public record WorkUnitPageDto(List<WorkUnitDto> items, int page, int size, long total) {}
