package id.klik.proposal.application;

import id.klik.guideline.domain.FormBody;
import id.klik.identity.application.CurrentUser;
import id.klik.innovation.application.EvidenceItemView;
import id.klik.innovation.application.EvidenceService;
import id.klik.proposal.application.ProposalAccess.Seen;
import id.klik.proposal.domain.Proposal;
import id.klik.proposal.domain.ProposalAttachment;
import id.klik.proposal.infrastructure.ProposalRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.files.BlobStore;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTypeNotAllowedException;
import id.klik.shared.files.StoredBlob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.UUID;

/**
 * The form's attachments of a proposal: a file kept in the tenant's BlobStore, or an item of the
 * innovation's evidence vault. Written by those who write the proposal, while it is writable.
 */
@ApplicationScoped
public class ProposalAttachments {

  /** Without a limit in the form, a file may be this large. */
  static final int DEFAULT_MAX_MB = 10;

  @Inject ProposalRepository proposals;
  @Inject ProposalAccess access;
  @Inject ProposalForms forms;
  @Inject EvidenceService evidence;
  @Inject BlobStore blobs;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /** The rules a file for this attachment must meet (checked before a byte is kept). */
  @Transactional
  public FileRules rules(UUID proposalId, String attachmentId) {
    Seen seen = access.readable(proposalId);
    return rules(definition(seen.proposal(), attachmentId));
  }

  @Transactional
  public ProposalAttachment attachFile(
      UUID proposalId, String attachmentId, String filename, InputStream content) {
    Proposal p = writable(proposalId);
    FormBody.Attachment def = definition(p, attachmentId);
    StoredBlob blob = blobs.store(content, filename, rules(def));
    String name = filename == null || filename.isBlank() ? attachmentId : filename.strip();
    if (name.length() > 255) {
      name = name.substring(name.length() - 255);
    }
    return replace(
        ProposalAttachment.file(
            p.id(),
            attachmentId,
            blob.sha256(),
            name,
            blob.contentType(),
            blob.size(),
            currentUser.actor()));
  }

  @Transactional
  public ProposalAttachment attachEvidence(UUID proposalId, String attachmentId, UUID evidenceId) {
    Proposal p = writable(proposalId);
    FormBody.Attachment def = definition(p, attachmentId);
    EvidenceItemView item =
        evidence.list(p.innovationId()).stream()
            .filter(e -> e.id().equals(evidenceId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
    // the form's types hold for an evidence item as for an upload (its newest version counts)
    FileRules rules = rules(def);
    String type = item.versions().isEmpty() ? null : item.newest().contentType();
    if (type != null && !rules.allows(type)) {
      throw new FileTypeNotAllowedException(type, rules);
    }
    return replace(
        ProposalAttachment.evidence(
            p.id(), attachmentId, item.id(), item.title(), currentUser.actor()));
  }

  @Transactional
  public void remove(UUID proposalId, String attachmentId) {
    Proposal p = writable(proposalId);
    ProposalAttachment a =
        proposals
            .attachment(p.id(), attachmentId)
            .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    proposals.remove(a);
    audit.record("DETACH", "proposal", p.id(), attachmentId);
  }

  /** A file attachment's record, to stream its bytes. */
  @Transactional
  public ProposalAttachment file(UUID proposalId, String attachmentId) {
    access.readable(proposalId);
    return proposals
        .attachment(proposalId, attachmentId)
        .filter(a -> a.fileSha256() != null)
        .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
  }

  public InputStream open(ProposalAttachment a) {
    return blobs.open(a.fileSha256());
  }

  private ProposalAttachment replace(ProposalAttachment next) {
    proposals
        .attachment(next.proposalId(), next.attachmentId())
        .ifPresent(
            old -> {
              proposals.remove(old);
              proposals.flush();
            });
    proposals.store(next);
    audit.record(
        "ATTACH", "proposal", next.proposalId(), next.attachmentId() + ": " + next.fileName());
    return next;
  }

  private Proposal writable(UUID proposalId) {
    Seen seen = access.readable(proposalId);
    if (!seen.writer()) {
      throw new AccessDeniedException("error.forbidden");
    }
    if (!seen.proposal().state().writable()) {
      throw new ConflictException("proposal.locked", seen.proposal().state().code());
    }
    return seen.proposal();
  }

  private FormBody.Attachment definition(Proposal p, String attachmentId) {
    return forms.of(p.formTemplateId()).body().attachments().stream()
        .filter(a -> a.id().equals(attachmentId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
  }

  static FileRules rules(FormBody.Attachment def) {
    return FileRules.documents(def.accept(), maxMegabytes(def) * 1024L * 1024L);
  }

  /** The largest file the form takes for this attachment, in MB (its own or the default). */
  public static int maxMegabytes(FormBody.Attachment def) {
    return def.maxSizeMb() == null ? DEFAULT_MAX_MB : def.maxSizeMb();
  }
}
