package se.samverka.platform.core.notifications;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.notifications.Notice;
import se.samverka.platform.api.notifications.Notifier;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.mail.Outbox;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.testkit.PortalExtension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notices on the real database: stored once per tenant, recipient and key, with their mail in the same transaction. */
class NotifierTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    final Notifier notifier = portal.bean(Notifier.class);

    static <T> T in(String tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    static Notice notice(String key, String recipient) {
        return new Notice(key, recipient, new LocalizedText("Påminnelse " + key, "Reminder " + key),
                new LocalizedText("Något ska göras.", "Something is due."), "alpha/1");
    }

    static String key() {
        return "test:" + UUID.randomUUID();
    }

    long count(String table, String key) {
        return Long.parseLong(query("SELECT COUNT(*) FROM " + table + " WHERE notice_key = ?", key).get(0));
    }

    List<String> query(String sql, Object... parameters) {
        try (Connection connection = portal.database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNoticeIsStoredOnceWithItsMailAndTheSameNoticeAgainIsNotNew() {
        String key = key();

        assertThat(in("tenant-a", () -> notifier.notify(notice(key, "officer.tenant-a")))).isTrue();
        assertThat(in("tenant-a", () -> notifier.notify(notice(key, "officer.tenant-a")))).isFalse();

        assertThat(count("notification", key)).isEqualTo(1);
        assertThat(query("SELECT CONCAT(to_address, '|', subject, '|', status) FROM mail_outbox WHERE notice_key = ?", key))
                .containsExactly("officer.tenant-a@demo.samverka.example|Påminnelse " + key + "|PENDING");
        assertThat(query("SELECT body FROM mail_outbox WHERE notice_key = ?", key).get(0))
                .isEqualTo("Något ska göras.\n\nhttp://localhost:8080/alpha/1");
    }

    @Test
    void theSameKeyForAnotherPersonOrInAnotherTenantIsAnotherNotice() {
        String key = key();

        assertThat(in("tenant-a", () -> notifier.notify(notice(key, "officer.tenant-a")))).isTrue();
        assertThat(in("tenant-a", () -> notifier.notify(notice(key, "reader.tenant-a")))).isTrue();
        assertThat(in("tenant-b", () -> notifier.notify(notice(key, "officer.tenant-a")))).isTrue();

        assertThat(count("notification", key)).isEqualTo(3);
    }

    @Test
    void someoneWithoutAnAddressGetsTheNotificationButNoMail() {
        String key = key();

        assertThat(in("tenant-a", () -> notifier.notify(notice(key, "nobody-in-the-directory")))).isTrue();

        assertThat(count("notification", key)).isEqualTo(1);
        assertThat(count("mail_outbox", key)).isZero();
    }

    @Test
    void aNoticeAndItsMailBelongToTheCallersTransactionAndGoWithItsRollback() {
        String key = key();
        TransactionOperations<Connection> transactions = portal.context()
                .getBean(Argument.of(TransactionOperations.class, Connection.class));

        assertThatThrownBy(() -> in("tenant-a", () -> transactions.executeWrite(status -> {
            notifier.notify(notice(key, "officer.tenant-a"));
            throw new IllegalStateException("the caller's work failed");
        }))).hasMessageContaining("the caller's work failed");

        assertThat(count("notification", key)).isZero();
        assertThat(count("mail_outbox", key)).isZero();
    }

    @Test
    void twoRunnersStoringTheSameNoticesAtTheSameMomentStoreEachOnce() throws Exception {
        String prefix = key();
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            notices.add(notice(prefix + ":" + i, i % 2 == 0 ? "officer.tenant-a" : "admin.tenant-a"));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                runs.add(threads.submit(() -> {
                    start.await();
                    return in("tenant-a", () -> notifier.notifyAll(notices));
                }));
            }
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(300);
        } finally {
            threads.shutdownNow();
        }
        assertThat(query("SELECT COUNT(*) FROM notification WHERE notice_key LIKE ?", prefix + ":%")).containsExactly("300");
        assertThat(query("SELECT COUNT(*) FROM mail_outbox WHERE notice_key LIKE ?", prefix + ":%")).containsExactly("300");
    }

    @Test
    void withoutSmtpConfiguredTheMailStaysInTheOutbox() {
        String key = key();
        in("tenant-a", () -> notifier.notify(notice(key, "officer.tenant-a")));
        Outbox outbox = portal.bean(Outbox.class);

        assertThat(outbox.sends()).isFalse();
        assertThat(outbox.sendPending()).isZero();
        assertThat(query("SELECT status FROM mail_outbox WHERE notice_key = ?", key)).containsExactly("PENDING");
    }
}
