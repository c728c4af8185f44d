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
import java.time.Instant;
import java.util.List;

/**
 * The transactional outbox's sending side: every minute one portal instance (a {@link ClusterWork}
 * lock) sends the pending mails that are due over SMTP and marks each sent, or counts the failure with
 * the time of the next attempt. While the SMTP server is away nothing is lost: the mails wait, and go at
 * the first run after it is back; a mail the server refuses is given up at its {@value #MAX_ATTEMPTS}th refusal.
 * Without SMTP configured (the embedded default) nothing is sent:
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

    /**
     * Sends what is due, in batches, until nothing is left; returns how many were sent. While the SMTP server
     * cannot be reached the run stops at the first mail: the others wait, untouched, for the next run.
     */
    public int sendPending() {
        if (!sends()) {
            return 0;
        }
        int sent = 0;
        List<OutboxMail> batch;
        do {
            batch = repository.findDue(clock.instant(), BATCH);
            int before = sent;
            for (OutboxMail mail : batch) {
                Attempt attempt = send(mail);
                if (attempt == Attempt.SERVER_AWAY) {
                    return sent;
                }
                sent += attempt == Attempt.SENT ? 1 : 0;
            }
            if (sent == before) {
                break; // only failures: try again at the next run rather than loop
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private enum Attempt { SENT, REFUSED, SERVER_AWAY }

    private Attempt send(OutboxMail mail) {
        try {
            mailer.get().send(mail);
            repository.update(mail.sent(clock.instant()));
            return Attempt.SENT;
        } catch (RuntimeException e) {
            boolean away = SmtpFailures.serverAway(e);
            int attempt = mail.attempts() + 1;
            LOG.warn("Mail {} to {} not sent (attempt {}{}): {}", mail.id(), mail.toAddress(), attempt,
                    away ? ", the SMTP server cannot be reached" : "", e.getMessage());
            // the server away is no fault of the mail: tried again at the next run, never given up; a refusal of
            // this mail is tried again later and later, and given up at the MAX_ATTEMPTS-th refusal
            String error = String.valueOf(e.getMessage());
            if (away) {
                repository.update(mail.serverAway(error, clock.instant()));
                return Attempt.SERVER_AWAY;
            }
            repository.update(mail.refused(error, clock.instant().plus(backoff(mail.refusals() + 1)), MAX_ATTEMPTS));
            return Attempt.REFUSED;
        }
    }

    /** 2, 4, 8, 16 … minutes after the attempt, at most an hour. */
    static Duration backoff(int attempt) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempt, 6)));
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
