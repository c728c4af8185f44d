package se.samverka.platform.core.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.notifications.Notice;
import se.samverka.platform.api.notifications.Notifier;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.testkit.FreePorts;
import se.samverka.testkit.PortalExtension;
import se.samverka.testkit.PortalTestServer;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SMTP configured the Micronaut way, the outbox's mails go out over SMTP, once each; while the SMTP
 * server is down they wait in the outbox, marked, and go when it is back: none is lost or given up.
 */
class SmtpOutboxTest {

    static final int SMTP_PORT = FreePorts.next();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(() -> PortalTestServer.start(TestTenants.FOLDER, Map.of(
            "javamail.properties.mail.smtp.host", "127.0.0.1",
            "javamail.properties.mail.smtp.port", String.valueOf(SMTP_PORT),
            "micronaut.email.from.email", "samverka@test.example")));

    @Test
    void aNoticesMailIsSentToTheRecipientWithItsSubjectAndMarkedSent() throws Exception {
        String key = "test:" + UUID.randomUUID();
        TenantContext.callAs("tenant-a", () -> portal.bean(Notifier.class).notify(new Notice(key, "officer.tenant-a",
                new LocalizedText("Påminnelse: rapport ska lämnas", "Reminder: report due"),
                new LocalizedText("Rapporten ska lämnas senast 2026-07-30.", "The report is due by 2026-07-30."), "alpha/7")));
        Outbox outbox = portal.bean(Outbox.class);

        assertThat(outbox.sends()).isTrue();
        assertThat(outbox.sendPending()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("officer.tenant-a@demo.samverka.example");
        assertThat(received[0].getSubject()).isEqualTo("Påminnelse: rapport ska lämnas");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("samverka@test.example");
        assertThat(outbox.page(io.micronaut.data.model.Pageable.from(0, 10)).getContent()).filteredOn(m -> m.noticeKey().equals(key))
                .singleElement().satisfies(m -> {
                    assertThat(m.status()).isEqualTo(MailStatus.SENT);
                    assertThat(m.sentAt()).isNotNull();
                });

        assertThat(outbox.sendPending()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whileTheSmtpServerIsDownMailsWaitMarkedWithTheAttemptAndAllGoWhenItIsBack() throws Exception {
        Outbox outbox = portal.bean(Outbox.class);
        String first = notice("down-1");
        String second = notice("down-2");
        smtp.stop();
        try {
            assertThat(outbox.sendPending()).isZero();
            OutboxMail tried = mail(first);
            assertThat(tried.status()).isEqualTo(MailStatus.PENDING);
            assertThat(tried.attempts()).isEqualTo(1);
            assertThat(tried.lastError()).isNotBlank();
            assertThat(tried.nextAttemptAt()).as("due again at the next run").isNotNull();
            assertThat(mail(second).attempts()).as("the run stopped at the first mail: the server is away").isZero();

            // a long outage: more runs than a refused mail's attempts, and still nothing is given up
            for (int run = 0; run < Outbox.MAX_ATTEMPTS + 2; run++) {
                assertThat(outbox.sendPending()).isZero();
            }
            assertThat(mail(first).status()).isEqualTo(MailStatus.PENDING);
            assertThat(mail(first).attempts()).isEqualTo(Outbox.MAX_ATTEMPTS + 3);
        } finally {
            smtp.start();
        }

        assertThat(outbox.sendPending()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsOnly("Påminnelse: " + first,
                "Påminnelse: " + second);
        assertThat(mail(first).status()).isEqualTo(MailStatus.SENT);
        assertThat(mail(second).status()).isEqualTo(MailStatus.SENT);
        assertThat(mail(second).nextAttemptAt()).isNull();
    }

    private String notice(String name) {
        String key = "test:" + name + ":" + UUID.randomUUID();
        TenantContext.callAs("tenant-a", () -> portal.bean(Notifier.class).notify(new Notice(key, "officer.tenant-a",
                new LocalizedText("Påminnelse: " + key, "Reminder: " + key),
                new LocalizedText("Rapporten ska lämnas.", "The report is due."), "alpha/7")));
        return key;
    }

    private static OutboxMail mail(String key) {
        return portal.bean(Outbox.class).page(io.micronaut.data.model.Pageable.from(0, 100)).getContent().stream()
                .filter(m -> m.noticeKey().equals(key)).findFirst().orElseThrow();
    }
}
