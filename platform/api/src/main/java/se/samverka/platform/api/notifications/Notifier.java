package se.samverka.platform.api.notifications;

import java.util.Collection;

/**
 * Tells people things, in the current tenant: an in-app notification and, in the same transaction,
 * an e-mail in the outbox that the platform sends (or, without SMTP configured, keeps for the
 * platform administrator's outbox view). Idempotent: the database keeps each (tenant, recipient,
 * key) once, so a retried job or two portal instances racing never tell anybody twice.
 */
public interface Notifier {

    /** @return whether the notice was new (false: it had been stored before) */
    boolean notify(Notice notice);

    /**
     * Stores many notices in few statements (jobs over many records).
     *
     * @return how many of them were new
     */
    int notifyAll(Collection<Notice> notices);
}
