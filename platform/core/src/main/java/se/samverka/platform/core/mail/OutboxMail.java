package se.samverka.platform.core.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A mail in the outbox. Platform-wide on purpose (no {@code @TenantId}): only the platform reads it,
 * the sender across all tenants and the platform administrator's outbox view; {@code tenantId} says
 * whose it is.
 */
@MappedEntity("mail_outbox")
public record OutboxMail(@Id @GeneratedValue Long id, String tenantId, String recipient, String noticeKey, String toAddress,
                         String subject, String body, MailStatus status, int attempts, @Nullable String lastError,
                         Instant createdAt, @Nullable Instant sentAt, @Nullable Instant nextAttemptAt, int refusals) {

    OutboxMail sent(Instant at) {
        return new OutboxMail(id, tenantId, recipient, noticeKey, toAddress, subject, body, MailStatus.SENT, attempts + 1,
                null, createdAt, at, null, refusals);
    }

    /** Not sent because the SMTP server could not be reached: counted, tried again at {@code next}, never given up. */
    OutboxMail serverAway(String error, Instant next) {
        return new OutboxMail(id, tenantId, recipient, noticeKey, toAddress, subject, body, MailStatus.PENDING,
                attempts + 1, shortened(error), createdAt, sentAt, next, refusals);
    }

    /**
     * Refused by the SMTP server: counted, and tried again at {@code next}; given up ({@link MailStatus#FAILED})
     * at the {@code maxRefusals}th refusal, however many runs found the server away before.
     */
    OutboxMail refused(String error, Instant next, int maxRefusals) {
        boolean giveUp = refusals + 1 >= maxRefusals;
        return new OutboxMail(id, tenantId, recipient, noticeKey, toAddress, subject, body,
                giveUp ? MailStatus.FAILED : MailStatus.PENDING, attempts + 1, shortened(error), createdAt, sentAt,
                giveUp ? null : next, refusals + 1);
    }

    private static String shortened(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
