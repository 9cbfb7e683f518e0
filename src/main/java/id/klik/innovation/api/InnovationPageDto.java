package id.klik.innovation.api;

import java.util.List;

/** One page of innovations; {@code page} counts from 0. */
public record InnovationPageDto(List<InnovationDto> items, int page, int size, long total) {}
