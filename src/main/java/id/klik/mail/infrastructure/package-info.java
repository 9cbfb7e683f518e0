/**
 * The outbox table (JPA for writes in the caller's transaction, JDBC for claims), SMTP, templates.
 */
package id.klik.mail.infrastructure;
