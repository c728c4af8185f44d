package se.samverka.platform.core.notifications;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.Clock;
import java.util.List;

/** The signed-in user's notifications in the current tenant: what the shell's bell shows. */
@Singleton
public class Notifications {

    private final NotificationRepository repository;
    private final CurrentUser currentUser;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    Notifications(NotificationRepository repository, CurrentUser currentUser, CurrentTenant currentTenant, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    /** Unread notifications; 0 outside a tenant. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        if (currentTenant.id().isEmpty() || currentUser.get().isEmpty()) {
            return 0;
        }
        return repository.countByRecipientAndReadAtIsNull(currentUser.require().username());
    }

    /** The newest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationRecord> latest(int limit) {
        if (currentTenant.id().isEmpty() || currentUser.get().isEmpty()) {
            return List.of();
        }
        return repository.findByRecipientOrderByIdDesc(currentUser.require().username(), Pageable.from(0, limit));
    }

    /** Marks one of the user's own notifications read; another's (or another tenant's) is left alone. */
    @Transactional
    public boolean markRead(long id) {
        return repository.markRead(currentTenant.require(), currentUser.require().username(), id, clock.instant()) > 0;
    }

    @Transactional
    public long markAllRead() {
        return repository.markAllRead(currentTenant.require(), currentUser.require().username(), clock.instant());
    }
}
