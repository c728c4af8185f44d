package se.samverka.platform.core.notifications;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.api.notifications.Notice;
import se.samverka.platform.api.notifications.Notifier;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.mail.MailStatus;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantDirectory;
import se.samverka.platform.core.users.UserDirectory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Notifier} on the shared database. Each notice becomes a {@code notification} row and, when
 * the recipient has an e-mail address, a {@code mail_outbox} row, in one transaction: the outbox
 * sender mails it after the commit, so a notice is never mailed without being stored nor stored
 * without its mail. Both tables are unique per (tenant, recipient, key) and written with
 * {@code INSERT IGNORE}, so a notice that exists is skipped, whoever stored it, however concurrently.
 */
@Singleton
public class DatabaseNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseNotifier.class);
    /** Rows per multi-row INSERT: few round trips for a job's thousands of notices. */
    private static final int CHUNK = 500;
    private static final int ATTEMPTS = 3;

    private final TransactionOperations<Connection> transactions;
    private final CurrentTenant currentTenant;
    private final UserDirectory directory;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final String portalUrl;

    DatabaseNotifier(TransactionOperations<Connection> transactions, CurrentTenant currentTenant, UserDirectory directory,
                     TenantDirectory tenants, Clock clock,
                     @Value("${samverka.notifications.portal-url:`http://localhost:8080`}") String portalUrl) {
        this.transactions = transactions;
        this.currentTenant = currentTenant;
        this.directory = directory;
        this.tenants = tenants;
        this.clock = clock;
        this.portalUrl = portalUrl.replaceFirst("/+$", "");
    }

    @Override
    public boolean notify(Notice notice) {
        return notifyAll(List.of(notice)) == 1;
    }

    @Override
    public int notifyAll(Collection<Notice> notices) {
        if (notices.isEmpty()) {
            return 0;
        }
        String tenantId = currentTenant.require();
        // one row per (recipient, key), always in the same order, so that two instances inserting the
        // same notices lock the unique index entries in the same order and wait rather than deadlock
        Map<String, Notice> unique = new LinkedHashMap<>();
        notices.stream().sorted(Comparator.comparing(Notice::recipientUsername).thenComparing(Notice::key))
                .forEach(n -> unique.putIfAbsent(n.recipientUsername() + "\n" + n.key(), n));
        List<Notice> rows = List.copyOf(unique.values());
        Map<String, Optional<String>> addresses = addresses(tenantId, rows);
        Locale locale = tenants.find(tenantId).map(Tenant::locale).map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("sv"));
        if (transactions.findTransactionStatus().isPresent()) {
            return transactions.executeWrite(status -> insert(status.getConnection(), tenantId, rows, addresses, locale));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.executeWrite(status -> insert(status.getConnection(), tenantId, rows, addresses, locale));
            } catch (RuntimeException e) {
                // a deadlock victim is rolled back whole; inserting again is safe because it is idempotent
                if (attempt >= ATTEMPTS || !isRollback(e)) {
                    throw e;
                }
                LOG.info("Notices in {} rolled back by the database ({}), attempt {} of {}", tenantId, e.getMessage(), attempt, ATTEMPTS);
            }
        }
    }

    /** Every recipient's address, asked of the directory at once (never once per notice or recipient). */
    private Map<String, Optional<String>> addresses(String tenantId, List<Notice> rows) {
        List<String> recipients = rows.stream().map(Notice::recipientUsername).distinct().toList();
        Map<String, String> emails = directory.emailsOf(tenantId, recipients);
        Map<String, Optional<String>> addresses = new HashMap<>();
        recipients.forEach(username -> addresses.put(username, Optional.ofNullable(emails.get(username))));
        return addresses;
    }

    private int insert(Connection connection, String tenantId, List<Notice> rows, Map<String, Optional<String>> addresses,
                       Locale locale) {
        Timestamp now = Timestamp.from(clock.instant());
        int created = 0;
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<Notice> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                created += insertNotifications(connection, tenantId, chunk, now);
                List<Notice> mailed = chunk.stream().filter(n -> addresses.get(n.recipientUsername()).isPresent()).toList();
                if (!mailed.isEmpty()) {
                    insertMails(connection, tenantId, mailed, addresses, locale, now);
                }
            }
        } catch (SQLException e) {
            throw new NotificationStoreException(e);
        }
        return created;
    }

    private static int insertNotifications(Connection connection, String tenantId, List<Notice> chunk, Timestamp now)
            throws SQLException {
        String sql = "INSERT IGNORE INTO notification (tenant_id, recipient, notice_key, subject_sv, subject_en, body_sv, body_en, "
                + "link, created_at) VALUES " + values(9, chunk.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (Notice notice : chunk) {
                statement.setString(i++, tenantId);
                statement.setString(i++, notice.recipientUsername());
                statement.setString(i++, notice.key());
                statement.setString(i++, clip(notice.subject().sv(), 500));
                statement.setString(i++, clip(notice.subject().en(), 500));
                statement.setString(i++, notice.body().sv());
                statement.setString(i++, notice.body().en());
                statement.setString(i++, notice.link());
                statement.setTimestamp(i++, now);
            }
            return statement.executeUpdate();
        }
    }

    private void insertMails(Connection connection, String tenantId, List<Notice> chunk, Map<String, Optional<String>> addresses,
                             Locale locale, Timestamp now) throws SQLException {
        String sql = "INSERT IGNORE INTO mail_outbox (tenant_id, recipient, notice_key, to_address, subject, body, status, attempts, "
                + "created_at) VALUES " + values(9, chunk.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (Notice notice : chunk) {
                statement.setString(i++, tenantId);
                statement.setString(i++, notice.recipientUsername());
                statement.setString(i++, notice.key());
                statement.setString(i++, addresses.get(notice.recipientUsername()).orElseThrow());
                statement.setString(i++, clip(notice.subject().in(locale), 500));
                statement.setString(i++, mailBody(notice, locale));
                statement.setString(i++, MailStatus.PENDING.name());
                statement.setInt(i++, 0);
                statement.setTimestamp(i++, now);
            }
            statement.executeUpdate();
        }
    }

    private String mailBody(Notice notice, Locale locale) {
        String body = notice.body().in(locale);
        return notice.link() == null ? body : body + "\n\n" + portalUrl + "/" + notice.link().replaceFirst("^/+", "");
    }

    private static String values(int columns, int rows) {
        String row = "(" + "?,".repeat(columns - 1) + "?)";
        List<String> all = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            all.add(row);
        }
        return String.join(",", all);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static boolean isRollback(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    /** The database refused the notices. */
    public static class NotificationStoreException extends RuntimeException {
        NotificationStoreException(SQLException cause) {
            super("Could not store notices: " + cause.getMessage(), cause);
        }
    }
}
