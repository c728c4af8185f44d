package se.samverka.platform.core.notifications;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Generated queries (tenant-filtered by Micronaut Data) but the bulk update, which names {@code tenant_id} itself. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationRepository extends GenericRepository<NotificationRecord, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    List<NotificationRecord> findByRecipientOrderByIdDesc(String recipient, Pageable pageable);

    Optional<NotificationRecord> findByIdAndRecipient(Long id, String recipient);

    long countByRecipient(String recipient);

    @Query("UPDATE notification SET read_at = :readAt WHERE tenant_id = :tenantId AND recipient = :recipient AND id = :id AND read_at IS NULL")
    long markRead(String tenantId, String recipient, long id, Instant readAt);

    @Query("UPDATE notification SET read_at = :readAt WHERE tenant_id = :tenantId AND recipient = :recipient AND read_at IS NULL")
    long markAllRead(String tenantId, String recipient, Instant readAt);
}
