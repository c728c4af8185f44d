package se.samverka.platform.core.links;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.api.links.RecordEvent;
import se.samverka.platform.api.links.RecordEvents;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.tenant.TenantContext;

import java.sql.Connection;
import java.time.Clock;
import java.util.UUID;

/**
 * Record events delivered after the change's transaction commits (a change that rolls back tells nobody),
 * to Micronaut's listeners of {@link RecordEvent}, with the event's tenant current. A listener's failure is
 * logged and does not undo the committed change; listeners are idempotent by the event's id.
 */
@Singleton
public class AfterCommitRecordEvents implements RecordEvents {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommitRecordEvents.class);

    private final ApplicationEventPublisher<RecordEvent> publisher;
    private final TransactionOperations<Connection> transactions;
    private final CurrentTenant tenant;
    private final Clock clock;

    AfterCommitRecordEvents(ApplicationEventPublisher<RecordEvent> publisher, TransactionOperations<Connection> transactions,
                            CurrentTenant tenant, Clock clock) {
        this.publisher = publisher;
        this.transactions = transactions;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public RecordEvent publish(RecordReference reference, String kind) {
        RecordEvent event = new RecordEvent(UUID.randomUUID().toString(), tenant.require(), reference, kind, clock.instant());
        var status = transactions.findTransactionStatus();
        if (status.isPresent() && !status.get().isCompleted()) {
            status.get().registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
        return event;
    }

    private void deliver(RecordEvent event) {
        try {
            TenantContext.callAs(event.tenantId(), () -> {
                publisher.publishEvent(event);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("A listener of {} {} failed: {}", event.reference(), event.kind(), e.getMessage(), e);
        }
    }
}
