package se.samverka.platform.core.mail;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMailTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    static OutboxMail pending() {
        return new OutboxMail(1L, "tenant-a", "officer.tenant-a", "test:key", "officer@example.org", "Ämne", "Text",
                MailStatus.PENDING, 0, null, NOW, null, null, 0);
    }

    @Test
    void aLongSmtpOutageDoesNotUseUpTheRefusalsThatGiveAMailUp() {
        OutboxMail mail = pending();
        for (int run = 0; run < 3 * Outbox.MAX_ATTEMPTS; run++) {
            mail = mail.serverAway("Connection refused", NOW);
        }

        OutboxMail refusedOnce = mail.refused("452 mailbox full", NOW.plusSeconds(120), Outbox.MAX_ATTEMPTS);

        assertThat(refusedOnce.status()).as("one refusal after an outage is no reason to give up").isEqualTo(MailStatus.PENDING);
        assertThat(refusedOnce.attempts()).isEqualTo(3 * Outbox.MAX_ATTEMPTS + 1);
        assertThat(refusedOnce.refusals()).isEqualTo(1);
        assertThat(refusedOnce.nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void aMailRefusedAgainAndAgainIsGivenUpAtTheLastRefusal() {
        OutboxMail mail = pending();
        for (int refusal = 1; refusal < Outbox.MAX_ATTEMPTS; refusal++) {
            mail = mail.refused("550 no such user", NOW, Outbox.MAX_ATTEMPTS);
            assertThat(mail.status()).as("refusal %d", refusal).isEqualTo(MailStatus.PENDING);
        }

        OutboxMail last = mail.refused("550 no such user", NOW, Outbox.MAX_ATTEMPTS);

        assertThat(last.status()).isEqualTo(MailStatus.FAILED);
        assertThat(last.nextAttemptAt()).isNull();
        assertThat(last.lastError()).isEqualTo("550 no such user");
    }
}
