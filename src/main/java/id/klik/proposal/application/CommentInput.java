package id.klik.proposal.application;

import java.util.UUID;

/**
 * A new comment: on a section, optionally on words {@code startWord}..{@code endWord} of its
 * current text, or a reply in the thread of {@code parentId} (then the section and words are the
 * thread's).
 */
public record CommentInput(
    String sectionId, UUID parentId, Integer startWord, Integer endWord, String body) {

  public static final int MAX_BODY = 4_000;
}
