package se.samverka.agreements.reminders;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestJobs;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.deadlines.DirectoryPortals;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.deadlines.DirectoryPortals.column;

/**
 * The daily reminders on two portal instances sharing one database: each reminder reaches each
 * responsible person once, however many runners race, and not again the next day.
 */
class RemindersTest {

    static final String TENANT = "orust";

    AgreementDetails agreement;
    String keys;

    @BeforeEach
    void anActiveAgreementWithJunis2024To2026() {
        DirectoryPortals.first();
        agreement = DirectoryPortals.activeAgreementWith(TENANT, "junis");
        keys = "agreements:" + agreement.id() + ":%";
    }

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    List<String> notices() {
        return column("SELECT notice_key FROM notification WHERE tenant_id = ? AND notice_key LIKE ? ORDER BY notice_key", TENANT, keys);
    }

    List<String> mails() {
        return column("SELECT CONCAT(to_address, ' ', subject) FROM mail_outbox WHERE tenant_id = ? AND notice_key LIKE ? "
                + "ORDER BY notice_key", TENANT, keys);
    }

    static int runBothAtOnce(LocalDate day) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> a = () -> {
                start.await();
                return TestJobs.remind(DirectoryPortals.first(), day);
            };
            Callable<Integer> b = () -> {
                start.await();
                return TestJobs.remind(DirectoryPortals.second(), day);
            };
            Future<Integer> fa = threads.submit(a);
            Future<Integer> fb = threads.submit(b);
            return fa.get() + fb.get();
        } finally {
            threads.shutdownNow();
        }
    }

    long allNotifications() {
        return Long.parseLong(column("SELECT COUNT(*) FROM notification").get(0));
    }

    @Test
    void twoInstancesRacingOnTheSameDayRemindEachPersonOnceAndTheNextDayNotAgain() throws Exception {
        LocalDate day = LocalDate.of(2026, 9, 5);
        MovableClock.today(day);
        long before = allNotifications();

        int created = runBothAtOnce(day);

        // the 2026-H1 report (due 30 July) is overdue: the officer and Junis's user; the steering group
        // has met fewer than twice in 2026 and 1 October is near: the officer
        String id = "agreements:" + agreement.id();
        assertThat(notices()).containsExactly(
                id + ":meetings:2026:officer.orust",
                id + ":report:2026-H1:overdue:officer.orust",
                id + ":report:2026-H1:overdue:partner.junis");
        assertThat(mails()).hasSize(3).anySatisfy(m -> assertThat(m).startsWith("partner.junis@demo.samverka.example Försenad rapport 2026-H1"));
        // whatever each runner stored, together exactly the rows there are: nothing counted twice
        assertThat(allNotifications() - before).isEqualTo(created);

        assertThat(runBothAtOnce(day.plusDays(1))).isZero();
        assertThat(notices()).hasSize(3);
        assertThat(mails()).hasSize(3);
    }

    @Test
    void theRenewalTalksAndTheEndAreRemindedOfAheadOnce() {
        String id = "agreements:" + agreement.id();

        TestJobs.remind(DirectoryPortals.first(), LocalDate.of(2026, 6, 10));
        assertThat(notices()).contains(id + ":renewal:2026-06-30:officer.orust").noneMatch(k -> k.contains(":end:"));

        TestJobs.remind(DirectoryPortals.first(), LocalDate.of(2026, 11, 5));
        TestJobs.remind(DirectoryPortals.first(), LocalDate.of(2026, 11, 6));
        assertThat(notices()).filteredOn(k -> k.contains(":end:")).containsExactly(id + ":end:2026-12-31:officer.orust");
        assertThat(notices()).filteredOn(k -> k.contains(":renewal:")).hasSize(1);
    }
}
