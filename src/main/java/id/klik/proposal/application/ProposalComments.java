package id.klik.proposal.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.MemberDirectory;
import id.klik.mail.application.Notifier;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.proposal.application.ProposalAccess.Seen;
import id.klik.proposal.domain.ProposalComment;
import id.klik.proposal.domain.SectionContent;
import id.klik.proposal.domain.WordDiff;
import id.klik.proposal.domain.WordRange;
import id.klik.proposal.domain.Words;
import id.klik.proposal.infrastructure.ProposalRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Comments on a proposal's sections: threads, anchored to words where the writer of the comment
 * chose some, resolvable. Everyone who sees the proposal (its team, its mentors, the clinic) reads
 * and writes them; each new comment is mailed to the team and to those already in the thread.
 */
@ApplicationScoped
public class ProposalComments {

  static final String MAIL = "proposal-comment";

  @Inject ProposalRepository proposals;
  @Inject ProposalAccess access;
  @Inject ProposalForms forms;
  @Inject ProposalContents contents;
  @Inject CurrentUser currentUser;
  @Inject TeamDirectory teams;
  @Inject MemberDirectory members;
  @Inject Notifier notifier;
  @Inject KlikConfig config;
  @Inject AuditTrail audit;

  /** The threads, oldest first, their anchors placed in the newest text. */
  @Transactional
  public List<CommentView> threads(UUID proposalId) {
    Seen seen = access.readableOpenly(proposalId);
    int newest = seen.proposal().revision();
    Map<String, SectionContent> now = contents.at(proposalId, newest);
    Map<Integer, Map<String, SectionContent>> earlier = new java.util.HashMap<>();
    List<ProposalComment> all = proposals.comments(proposalId);
    List<CommentView> out = new ArrayList<>();
    for (ProposalComment c : all) {
      if (c.parentId() != null) {
        continue;
      }
      List<CommentView.Reply> replies =
          all.stream()
              .filter(r -> c.id().equals(r.parentId()))
              .map(
                  r ->
                      new CommentView.Reply(
                          r.id(), r.body(), r.author(), r.authorName(), r.createdAt()))
              .toList();
      WordRange placed = null;
      if (c.range().isPresent()) {
        String then =
            earlier
                .computeIfAbsent(c.anchorNumber(), n -> contents.at(proposalId, n))
                .getOrDefault(c.sectionId(), SectionContent.EMPTY)
                .text();
        String current = now.getOrDefault(c.sectionId(), SectionContent.EMPTY).text();
        placed =
            then.equals(current)
                ? c.range().get()
                : c.range().get().follow(WordDiff.between(then, current)).orElse(null);
      }
      out.add(
          new CommentView(
              c.id(),
              c.sectionId(),
              placed == null ? null : placed.start(),
              placed == null ? null : placed.end(),
              c.quote(),
              c.range().isPresent() && placed == null,
              c.anchorNumber(),
              c.body(),
              c.author(),
              c.authorName(),
              c.createdAt(),
              c.resolved(),
              c.resolvedBy(),
              c.resolvedAt(),
              replies));
    }
    return out;
  }

  @Transactional
  public UUID add(UUID proposalId, CommentInput input) {
    Seen seen = access.readableOpenly(proposalId);
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    String body = input.body() == null ? "" : input.body().strip();
    if (body.isEmpty()) {
      throw ValidationException.of("body", "proposal.required");
    }
    if (body.length() > CommentInput.MAX_BODY) {
      throw ValidationException.of("body", "proposal.commentTooLong", CommentInput.MAX_BODY);
    }
    int newest = seen.proposal().revision();
    ProposalComment comment;
    String author = currentUser.actor();
    String authorName = currentUser.user().map(u -> u.name()).orElse(author);
    if (input.parentId() != null) {
      ProposalComment parent = thread(proposalId, input.parentId());
      comment =
          new ProposalComment(
              proposalId,
              parent.id(),
              parent.sectionId(),
              null,
              null,
              newest,
              body,
              author,
              authorName);
    } else {
      String sectionId = input.sectionId();
      if (sectionId == null
          || forms.of(seen.proposal().formTemplateId()).section(sectionId) == null) {
        throw ValidationException.of(
            "sectionId", "proposal.sectionUnknown", String.valueOf(sectionId));
      }
      WordRange range = null;
      String quote = null;
      if (input.startWord() != null || input.endWord() != null) {
        String[] words =
            Words.of(
                contents
                    .at(proposalId, newest)
                    .getOrDefault(sectionId, SectionContent.EMPTY)
                    .text());
        int start = input.startWord() == null ? -1 : input.startWord();
        int end = input.endWord() == null ? start : input.endWord();
        if (start < 0 || end < start || end >= words.length) {
          throw ValidationException.of("startWord", "proposal.rangeOutside", words.length);
        }
        range = new WordRange(start, end);
        quote = range.quote(words);
        if (quote.length() > 1000) {
          quote = quote.substring(0, 999) + "…";
        }
      }
      comment =
          new ProposalComment(
              proposalId, null, sectionId, range, quote, newest, body, author, authorName);
    }
    proposals.store(comment);
    audit.record("COMMENT", "proposal", proposalId, "comment " + comment.id());
    notify(seen, comment);
    return comment.id();
  }

  /** Resolves (or reopens) a thread. */
  @Transactional
  public void resolve(UUID proposalId, UUID commentId, boolean resolved) {
    access.readableOpenly(proposalId);
    ProposalComment c = thread(proposalId, commentId);
    if (resolved) {
      c.resolve(currentUser.actor());
    } else {
      c.reopen();
    }
    audit.record(resolved ? "RESOLVE" : "REOPEN", "proposal", proposalId, "comment " + commentId);
  }

  private ProposalComment thread(UUID proposalId, UUID commentId) {
    return proposals
        .comment(commentId)
        .filter(c -> c.proposalId().equals(proposalId) && c.parentId() == null)
        .orElseThrow(() -> new NotFoundException("comment", commentId));
  }

  /** The team's members and those already in the thread, except the one who wrote. */
  private void notify(Seen seen, ProposalComment comment) {
    Set<String> usernames = new LinkedHashSet<>();
    if (seen.innovation().teamId() != null) {
      teams
          .find(seen.innovation().teamId())
          .ifPresent(
              t -> t.members().stream().map(TeamView.Member::username).forEach(usernames::add));
    }
    UUID threadId = comment.parentId() == null ? comment.id() : comment.parentId();
    proposals.comments(comment.proposalId()).stream()
        .filter(c -> c.id().equals(threadId) || threadId.equals(c.parentId()))
        .forEach(c -> usernames.add(c.author()));
    usernames.remove(comment.author());
    var tenant = TenantContext.require();
    String url =
        config.publicUrl().orElse("")
            + "/t/"
            + tenant.slug()
            + "/proposal?id="
            + comment.proposalId();
    String excerpt =
        comment.body().length() > 300 ? comment.body().substring(0, 300) + "…" : comment.body();
    for (MemberDirectory.Contact to : members.contactsByUsername(usernames)) {
      notifier.queue(
          MAIL + ":" + comment.id() + ":" + to.username(),
          to.email(),
          tenant.locale(),
          MAIL,
          Map.of(
              "name", to.name(),
              "author", comment.authorName(),
              "innovation", seen.innovation().name(),
              "section", comment.sectionId(),
              "comment", excerpt,
              "url", url));
    }
  }
}
