package id.klik.innovation.api;

import java.util.List;

/** One page of the directory of shared innovations. */
public record SharedInnovationPageDto(
    List<SharedInnovationDto> items, int page, int size, long total) {}
