package id.klik.mail.domain;

/** A mail's subject and plain-text body, ready to send. */
public record RenderedMail(String subject, String body) {}
