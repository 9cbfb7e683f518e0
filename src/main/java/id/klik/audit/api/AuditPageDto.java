package id.klik.audit.api;

import java.util.List;

/** One page of the audit trail, newest first; {@code page} counts from 0. */
public record AuditPageDto(List<AuditEntryDto> items, int page, int size, long total) {}
