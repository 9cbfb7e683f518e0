package id.klik.organization.api;

import java.util.List;

/** One page of the import history, newest first; {@code page} counts from 0. */
public record WorkUnitImportPageDto(
    List<WorkUnitImportDto> items, int page, int size, long total) {}
