package se.samverka.platform.core.mail;

import io.micronaut.context.BeanProvider;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.api.jobs.ClusterWork;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The transactional outbox's sending side: every minute one portal instance (a {@link ClusterWork}
 * lock) sends the pending mails over SMTP, marks each sent or counts the failure (given up after
 * {@value #MAX_ATTEMPTS} attempts). Without SMTP configured (the embedded default) nothing is sent:
 * the mails stay pending and the platform administrator sees them in the outbox view.
 */
@Singleton
public class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 100;

    private final OutboxRepository repository;
    private final BeanProvider<SmtpMailer> mailer;
    private final ClusterWork clusterWork;
    private final Clock clock;

    Outbox(OutboxRepository repository, BeanProvider<SmtpMailer> mailer, ClusterWork clusterWork, Clock clock) {
        this.repository = repository;
        this.mailer = mailer;
        this.clusterWork = clusterWork;
        this.clock = clock;
    }

    /** Whether mails leave the portal (an SMTP host is configured). */
    public boolean sends() {
        return mailer.isPresent();
    }

    @Scheduled(fixedDelay = "${samverka.mail.send-interval:1m}", initialDelay = "30s")
    void scheduled() {
        if (sends()) {
            clusterWork.runExclusively("platform.mail-outbox", Duration.ofMinutes(10), Duration.ZERO, this::sendPending);
        }
    }

    /** Sends what is pending, in batches, until nothing is left; returns how many were sent. */
    public int sendPending() {
        if (!sends()) {
            return 0;
        }
        int sent = 0;
        List<OutboxMail> batch;
        do {
            batch = repository.findByStatusOrderByIdAsc(MailStatus.PENDING, Pageable.from(0, BATCH));
            int before = sent;
            for (OutboxMail mail : batch) {
                sent += send(mail) ? 1 : 0;
            }
            if (sent == before) {
                break; // only failures: try again at the next run rather than loop
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private boolean send(OutboxMail mail) {
        try {
            mailer.get().send(mail);
            repository.update(mail.sent(clock.instant()));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Mail {} to {} not sent: {}", mail.id(), mail.toAddress(), e.getMessage());
            repository.update(mail.failed(String.valueOf(e.getMessage()), MAX_ATTEMPTS));
            return false;
        }
    }

    /** One page of the outbox, newest first: the platform administrator's view. */
    @Transactional(readOnly = true)
    public Page<OutboxMail> page(Pageable pageable) {
        return repository.findAllOrderByIdDesc(pageable);
    }

    @Transactional(readOnly = true)
    public long pending() {
        return repository.countByStatus(MailStatus.PENDING);
    }
}
