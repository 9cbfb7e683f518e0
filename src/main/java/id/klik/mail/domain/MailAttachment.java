package id.klik.mail.domain;

import java.util.Objects;

/**
 * A file sent with a mail, e.g. an invitation's {@code invite.ics} as {@code text/calendar;
 * method=REQUEST}. Kept with the outbox row, so the mail sent later carries exactly what the change
 * produced.
 */
public record MailAttachment(String filename, String contentType, byte[] content) {

  public MailAttachment {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
  }
}
