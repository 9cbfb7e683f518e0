package id.klik.calendar.application;

import id.klik.calendar.domain.FeedSecret;
import id.klik.calendar.infrastructure.FeedTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Personal feed secrets: one live secret per person; making a new one revokes the old, revoking
 * ends the feed at once (its URL answers 404). The secret itself is shown once, when made.
 */
@ApplicationScoped
public class FeedTokens {

  @Inject FeedTokenRepository repository;

  /** Makes the person's new secret (the old one stops working) and answers it. */
  @Transactional
  public String renew(String username) {
    repository.revokeLive(username);
    String secret = FeedSecret.create();
    repository.insert(FeedSecret.hash(secret), username);
    return secret;
  }

  @Transactional
  public void revoke(String username) {
    repository.revokeLive(username);
  }

  @Transactional
  public Optional<String> owner(String secret) {
    return repository.liveOwner(FeedSecret.hash(secret));
  }

  @Transactional
  public Optional<Instant> liveSince(String username) {
    return repository.liveSince(username);
  }
}
