/** Outbox rules in plain Java: statuses, retry backoff, templates and their rendering. */
package id.klik.mail.domain;
