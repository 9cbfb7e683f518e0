package id.klik.proposal.infrastructure;

import id.klik.proposal.domain.Proposal;
import id.klik.proposal.domain.ProposalAttachment;
import id.klik.proposal.domain.ProposalComment;
import id.klik.proposal.domain.ProposalVersion;
import id.klik.proposal.domain.SectionRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Proposals of the current tenant with their versions, attachments and comments. */
@ApplicationScoped
public class ProposalRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<Proposal> find(UUID id) {
    return Optional.ofNullable(em.find(Proposal.class, id));
  }

  /** The proposal, locked until the transaction ends: saves of one proposal go one at a time. */
  public Optional<Proposal> lock(UUID id) {
    return Optional.ofNullable(em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Every proposal, the most recently changed first. */
  public List<Proposal> all() {
    return em.createQuery("select p from Proposal p order by p.updatedAt desc", Proposal.class)
        .getResultList();
  }

  public List<Proposal> ofInnovation(UUID innovationId) {
    return em.createQuery(
            "select p from Proposal p where p.innovationId = :i order by p.updatedAt desc",
            Proposal.class)
        .setParameter("i", innovationId)
        .getResultList();
  }

  /** Newest first. */
  public List<ProposalVersion> versions(UUID proposalId) {
    return em.createQuery(
            "select v from ProposalVersion v where v.proposalId = :p order by v.number desc",
            ProposalVersion.class)
        .setParameter("p", proposalId)
        .getResultList();
  }

  /** Each section's newest revision at or before version {@code number}. */
  public List<SectionRevision> contentAt(UUID proposalId, int number) {
    return em.createQuery(
            "select r from SectionRevision r where r.proposalId = :p and r.number = ("
                + "select max(r2.number) from SectionRevision r2 where r2.proposalId = :p"
                + " and r2.sectionId = r.sectionId and r2.number <= :n)",
            SectionRevision.class)
        .setParameter("p", proposalId)
        .setParameter("n", number)
        .getResultList();
  }

  public List<ProposalAttachment> attachments(UUID proposalId) {
    return em.createQuery(
            "select a from ProposalAttachment a where a.proposalId = :p order by a.attachmentId",
            ProposalAttachment.class)
        .setParameter("p", proposalId)
        .getResultList();
  }

  public Optional<ProposalAttachment> attachment(UUID proposalId, String attachmentId) {
    return attachments(proposalId).stream()
        .filter(a -> a.attachmentId().equals(attachmentId))
        .findFirst();
  }

  /** Oldest first. */
  public List<ProposalComment> comments(UUID proposalId) {
    return em.createQuery(
            "select c from ProposalComment c where c.proposalId = :p order by c.createdAt, c.id",
            ProposalComment.class)
        .setParameter("p", proposalId)
        .getResultList();
  }

  public Optional<ProposalComment> comment(UUID id) {
    return Optional.ofNullable(em.find(ProposalComment.class, id));
  }

  public void store(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }
}
