package id.klik.identity.api;

import java.util.List;

/** One page of members; {@code page} counts from 0. */
public record MemberPageDto(List<MemberDto> items, int page, int size, long total) {}
