package id.klik.mail.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the outbox, newest first. */
@Schema(name = "OutboxPage")
public record OutboxPageDto(List<OutboxMessageDto> items, int page, int size, long total) {}
