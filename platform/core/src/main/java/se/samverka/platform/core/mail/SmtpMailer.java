package se.samverka.platform.core.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;

/**
 * Sends a mail over SMTP with Micronaut Email (Jakarta Mail), configured the Micronaut way under
 * {@code javamail.properties} (e.g. {@code mail.smtp.host}) and {@code javamail.authentication}. Exists
 * only when an SMTP host is configured: without it the outbox keeps its mails.
 */
@Singleton
@Requires(property = "javamail.properties.mail.smtp.host")
public class SmtpMailer {

    private final EmailSender<?, ?> sender;
    private final String from;

    SmtpMailer(EmailSender<?, ?> sender, @Value("${micronaut.email.from.email:samverka@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void send(OutboxMail mail) {
        sender.send(Email.builder().from(from).to(mail.toAddress()).subject(mail.subject()).body(mail.body()));
    }
}
