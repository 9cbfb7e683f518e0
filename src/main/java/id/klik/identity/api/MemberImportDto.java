package id.klik.identity.api;

import java.util.List;

/** What a CSV import did: everyone it invited, in the file's order. */
public record MemberImportDto(int invited, List<MemberDto> members) {}
