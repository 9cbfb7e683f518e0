/**
 * Mail: a {@code Notifier} writes each message to the tenant's outbox table in the same transaction
 * as the change that causes it; a tenant job delivers the outbox over SMTP (Jakarta Mail inside
 * Payara), retries with backoff and never sends a row twice. Texts come from per-language
 * templates. Depends on {@code tenancy} (tenant scope, jobs, onboarding events), {@code identity}
 * (roles) and {@code shared}; nothing depends on it.
 */
package id.klik.mail;
