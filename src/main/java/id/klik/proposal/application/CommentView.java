package id.klik.proposal.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A thread of comments on a section, its first comment with its replies (oldest first).
 *
 * @param startWord where the quoted words stand in the section's current text, or null when the
 *     comment points at no words or they have changed since ({@code moved} is then true)
 */
public record CommentView(
    UUID id,
    String sectionId,
    Integer startWord,
    Integer endWord,
    String quote,
    boolean moved,
    int anchorVersion,
    String body,
    String author,
    String authorName,
    OffsetDateTime createdAt,
    boolean resolved,
    String resolvedBy,
    OffsetDateTime resolvedAt,
    List<Reply> replies) {

  /** A reply in a thread. */
  public record Reply(
      UUID id, String body, String author, String authorName, OffsetDateTime createdAt) {}
}
