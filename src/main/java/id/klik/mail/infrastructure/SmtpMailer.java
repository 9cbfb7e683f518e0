package id.klik.mail.infrastructure;

import id.klik.mail.domain.MailAttachment;
import id.klik.mail.domain.RenderedMail;
import id.klik.shared.infrastructure.KlikConfig;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * Sends one mail over SMTP with Jakarta Mail (Angus Mail, inside Payara), configured by {@code
 * KLIK_SMTP_*}. Each mail carries a Message-ID made from its outbox id, so if a crash between
 * sending and marking it sent makes the sender try again, the copy has the same Message-ID and mail
 * clients and servers can tell it is the same message.
 */
@ApplicationScoped
public class SmtpMailer {

  private static final String TIMEOUT_MILLIS = "10000";

  @Inject KlikConfig config;

  private volatile Session session;

  public boolean configured() {
    return config.smtpHost().isPresent();
  }

  /** Where mail goes, for health and logs (no credentials). */
  public String describe() {
    return config.smtpHost().map(h -> h + ":" + config.smtpPort()).orElse("not configured");
  }

  public void send(UUID outboxId, String recipient, RenderedMail mail) throws MessagingException {
    send(outboxId, recipient, mail, null);
  }

  /**
   * Sends the mail; with an attachment as {@code multipart/mixed}: the text, then the file. A
   * {@code text/calendar} file keeps its {@code method} parameter, which mail clients read to offer
   * "accept" or to remove a cancelled event.
   */
  public void send(UUID outboxId, String recipient, RenderedMail mail, MailAttachment attachment)
      throws MessagingException {
    MimeMessage message = new FixedIdMessage(session(), messageId(outboxId));
    message.setFrom(new InternetAddress(config.mailFrom(), true));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    if (attachment == null) {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(
          new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
      file.setHeader("Content-Type", attachment.contentType());
      file.setFileName(attachment.filename());
      MimeMultipart parts = new MimeMultipart("mixed");
      parts.addBodyPart(text);
      parts.addBodyPart(file);
      message.setContent(parts);
    }
    message.setSentDate(new Date());
    Transport.send(message);
  }

  /** The Message-ID of an outbox row: the same on every attempt. */
  public static String messageId(UUID outboxId) {
    return "<" + outboxId + ".outbox@klik>";
  }

  private Session session() {
    if (session == null) {
      Properties p = new Properties();
      p.put("mail.transport.protocol", "smtp");
      p.put("mail.smtp.host", config.smtpHost().orElseThrow());
      p.put("mail.smtp.port", String.valueOf(config.smtpPort()));
      p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
      p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
      p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
      p.put("mail.smtp.starttls.enable", String.valueOf(config.smtpStarttls()));
      p.put("mail.smtp.starttls.required", String.valueOf(config.smtpStarttls()));
      Authenticator auth = null;
      if (config.smtpUser().isPresent()) {
        p.put("mail.smtp.auth", "true");
        String user = config.smtpUser().get();
        String password = config.smtpPassword();
        auth =
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
              }
            };
      }
      session = Session.getInstance(p, auth);
    }
    return session;
  }

  /** Keeps the Message-ID it was given instead of a new random one per send. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
