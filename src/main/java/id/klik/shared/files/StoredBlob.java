package id.klik.shared.files;

import java.time.Instant;

/**
 * A stored file's facts.
 *
 * @param contentType as detected from the bytes, never as the client claimed
 */
public record StoredBlob(String sha256, long size, String contentType, Instant createdAt) {}
