/**
 * The notifier (queue a message in the caller's transaction), the sender job, the welcome mail of
 * newly onboarded clinic admins, and the outbox view.
 */
package id.klik.mail.application;
