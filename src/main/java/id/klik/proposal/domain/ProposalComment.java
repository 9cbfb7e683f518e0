package id.klik.proposal.domain;

import id.klik.shared.infrastructure.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * A comment on a proposal's section, by a mentor, the clinic or the team: a thread's first comment,
 * or a reply to one ({@code parentId}). A first comment may point at words of the section ({@link
 * WordRange}) as they stood at version {@code anchorNumber}; it follows them while they stay
 * unchanged, and keeps its quote when they change. A thread is resolved as a whole, on its first
 * comment.
 */
@Entity
@Table(name = "proposal_comment")
public class ProposalComment {

  @Id private UUID id;

  @Column(name = "proposal_id")
  private UUID proposalId;

  @Column(name = "parent_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID parentId;

  @Column(name = "section_id")
  private String sectionId;

  @Column(name = "start_word")
  private Integer startWord;

  @Column(name = "end_word")
  private Integer endWord;

  @Column(name = "anchor_number")
  private int anchorNumber;

  private String quote;

  private String body;

  private String author;

  @Column(name = "author_name")
  private String authorName;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Version private long version;

  protected ProposalComment() {}

  public ProposalComment(
      UUID proposalId,
      UUID parentId,
      String sectionId,
      WordRange range,
      String quote,
      int anchorNumber,
      String body,
      String author,
      String authorName) {
    this.id = UUID.randomUUID();
    this.proposalId = proposalId;
    this.parentId = parentId;
    this.sectionId = sectionId;
    this.startWord = range == null ? null : range.start();
    this.endWord = range == null ? null : range.end();
    this.quote = quote;
    this.anchorNumber = anchorNumber;
    this.body = body;
    this.author = author;
    this.authorName = authorName;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public void resolve(String by) {
    this.resolvedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.resolvedBy = by;
  }

  public void reopen() {
    this.resolvedAt = null;
    this.resolvedBy = null;
  }

  public UUID id() {
    return id;
  }

  public UUID proposalId() {
    return proposalId;
  }

  public UUID parentId() {
    return parentId;
  }

  public String sectionId() {
    return sectionId;
  }

  public Optional<WordRange> range() {
    return startWord == null ? Optional.empty() : Optional.of(new WordRange(startWord, endWord));
  }

  public int anchorNumber() {
    return anchorNumber;
  }

  public String quote() {
    return quote;
  }

  public String body() {
    return body;
  }

  public String author() {
    return author;
  }

  public String authorName() {
    return authorName;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public boolean resolved() {
    return resolvedAt != null;
  }

  public OffsetDateTime resolvedAt() {
    return resolvedAt;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  public long version() {
    return version;
  }
}
