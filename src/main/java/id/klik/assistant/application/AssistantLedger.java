package id.klik.assistant.application;

import id.klik.assistant.domain.AssistantSetting;
import id.klik.assistant.domain.Exchange;
import id.klik.assistant.domain.Outcome;
import id.klik.assistant.infrastructure.AssistantRepository;
import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The assistant's transactional side, each call a short transaction of its own: the tenant's
 * switch, and the record of each exchange written after the model answered (a suggestion never
 * holds a database connection while the model writes).
 */
@ApplicationScoped
public class AssistantLedger {

  @Inject AssistantRepository repository;
  @Inject AssistantSettings settings;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  @Transactional
  public AssistantStatus status() {
    boolean enabled = repository.setting().map(AssistantSetting::enabled).orElse(false);
    return new AssistantStatus(settings.configured(), enabled, settings.model().orElse(null));
  }

  /** The admin switches the AI on or off; on needs the deployment's endpoint. */
  @Transactional
  public AssistantStatus switchTo(boolean enabled) {
    permissions.require(Permission.ASSISTANT_ADMINISTER);
    if (enabled && !settings.configured()) {
      throw new ConflictException("assistant.notConfigured");
    }
    Instant now = Instant.now();
    AssistantSetting setting =
        repository.setting().orElseGet(() -> new AssistantSetting(false, currentUser.actor(), now));
    boolean before = setting.enabled();
    setting.change(enabled, currentUser.actor(), now);
    repository.store(setting);
    if (before != enabled) {
      audit.record(
          enabled ? "ASSISTANT_ON" : "ASSISTANT_OFF",
          "assistant",
          "ai",
          settings.model().map(m -> "model " + m).orElse(null));
    }
    return new AssistantStatus(settings.configured(), enabled, settings.model().orElse(null));
  }

  /** Writes one exchange and its audit line: what was sent, what came back, how it ended. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public UUID record(
      String subjectType,
      String subjectId,
      String sectionId,
      String sent,
      String received,
      Outcome outcome,
      int durationMs) {
    UUID id = UUID.randomUUID();
    repository.store(
        new Exchange(
            id,
            Instant.now(),
            currentUser.actor(),
            subjectType,
            subjectId,
            sectionId,
            settings.model().orElse("-"),
            sent,
            received,
            outcome,
            durationMs));
    audit.record(
        "AI_SUGGESTION",
        "assistant-exchange",
        id,
        subjectType
            + " "
            + subjectId
            + ", section "
            + sectionId
            + ": "
            + outcome.code()
            + ", "
            + sent.length()
            + " characters sent, "
            + received.length()
            + " received (GET /t/<slug>/api/assistant/exchanges/"
            + id
            + ")");
    return id;
  }

  @Transactional
  public Page<ExchangeView> exchanges(int page, int size) {
    permissions.require(Permission.ASSISTANT_ADMINISTER);
    return repository.exchanges(page, size).map(ExchangeView::of);
  }

  @Transactional
  public ExchangeView exchange(UUID id) {
    permissions.require(Permission.ASSISTANT_ADMINISTER);
    return repository
        .exchange(id)
        .map(ExchangeView::of)
        .orElseThrow(() -> new NotFoundException("assistant exchange", id));
  }

  /**
   * An exchange of the current tenant by its id, for a writer's save that marks text as coming from
   * it; its subject must match.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean belongsTo(UUID exchangeId, String subjectType, String subjectId) {
    return repository
        .exchange(exchangeId)
        .filter(e -> e.subjectType().equals(subjectType) && e.subjectId().equals(subjectId))
        .isPresent();
  }
}
