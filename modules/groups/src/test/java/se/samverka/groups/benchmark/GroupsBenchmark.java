package se.samverka.groups.benchmark;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import se.samverka.groups.disclosure.Disclosure;
import se.samverka.groups.disclosure.ProtectedTable;
import se.samverka.groups.followup.FollowUpTable;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.overview.ChildrenReached;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.jobs.DailyJob;
import se.samverka.platform.api.jobs.DailyJobRunner;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.testkit.PortalTestServer;
import se.samverka.testkit.TestDatabase;
import se.samverka.testkit.benchmark.BatchInsert;
import se.samverka.testkit.benchmark.Machine;
import se.samverka.testkit.benchmark.Timing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.reader;

/**
 * The groups module's benchmark (its issue's "Performance"): 300 tenants with 20 programmes each and ten
 * years of terms and half-years — two groups a term, a follow-up with breakdowns every half-year — on a
 * real MariaDB/MySQL; then server-side times of the programme list's first page, a programme's follow-up
 * table with suppression, the dashboard card and the daily reminder job over all tenants. Run with
 * <pre>mvn -B verify -pl modules/groups -am -Pbenchmark -DskipTests</pre>
 * Figures and the machine go to standard output and {@code modules/groups/target/benchmark.md}.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GroupsBenchmark {

    private static final int TENANTS = Integer.getInteger("benchmark.tenants", 300);
    private static final int PROGRAMMES = Integer.getInteger("benchmark.programmes", 20);
    private static final int YEARS = Integer.getInteger("benchmark.years", 10);
    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 30);
    private static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 200);
    private static final boolean ENFORCE = Boolean.parseBoolean(System.getProperty("benchmark.enforce", "true"));

    private TestDatabase database;
    private PortalTestServer portal;
    private LocalDate today;
    private final List<Timing> timings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @BeforeAll
    void generate() throws Exception {
        Path tenantFiles = Files.createTempDirectory("samverka-groups-bench-");
        for (int t = 1; t <= TENANTS; t++) {
            Files.writeString(tenantFiles.resolve(id(t) + ".yaml"), """
                    id: %s
                    name: Bänk %03d kommun
                    kind: municipality
                    hosts:
                      - %s.localhost
                    locale: sv
                    brandColour: "#00558C"
                    modules: [groups]
                    """.formatted(id(t), t, id(t)));
        }
        database = TestDatabase.create();
        long started = System.nanoTime();
        portal = PortalTestServer.startOn(database, tenantFiles, Map.of("samverka.demo-users.enabled", true));
        notes.add(String.format(Locale.ROOT, "portal start with %d tenants: %.1f s", TENANTS, (System.nanoTime() - started) / 1e9));
        today = LocalDate.now(portal.bean(Clock.class));
        started = System.nanoTime();
        long rows;
        try (Connection c = DriverManager.getConnection(database.jdbcUrl() + "&rewriteBatchedStatements=true",
                database.username(), database.password())) {
            rows = write(c);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE partner_organisation, groups_programme, groups_group, groups_follow_up");
            }
        }
        notes.add(String.format(Locale.ROOT, "generated %,d rows in %.1f s", rows, (System.nanoTime() - started) / 1e9));
        System.out.println(String.join("\n", notes));
    }

    /** Partners, programmes, groups and follow-ups, written straight into the tables in batches. */
    private long write(Connection c) throws Exception {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        int firstYear = today.getYear() - YEARS + 1;
        long partnerId = 0;
        long programmeId = 0;
        long total = 0;
        try (BatchInsert partners = new BatchInsert(c, "partner_organisation", "id", "tenant_id", "name", "kind", "directory_alias",
                "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert programmes = new BatchInsert(c, "groups_programme", "id", "tenant_id", "name", "provider_partner_id", "kind",
                     "target_situations", "age_from", "age_to", "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert groups = new BatchInsert(c, "groups_group", "tenant_id", "programme_id", "name", "term_year", "term_kind",
                     "starts_on", "ends_on", "leaders", "status", "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert followUps = new BatchInsert(c, "groups_follow_up", "tenant_id", "programme_id", "period_year", "period_half",
                     "status", "enrolled", "groups_running", "new_children", "remaining", "not_attending",
                     "requested_by_other_service", "violence_experience", "breakdowns", "created_at", "created_by", "updated_at",
                     "updated_by", "version")) {
            for (int t = 1; t <= TENANTS; t++) {
                String tenant = id(t);
                long firstPartner = partnerId + 1;
                for (int p = 1; p <= 5; p++) {
                    partners.row(++partnerId, tenant, "Förening " + p + " i " + tenant, "NON_PROFIT_ASSOCIATION", tenant + "-org-" + p,
                            now, "bench", now, "bench", 0);
                }
                for (int p = 1; p <= PROGRAMMES; p++) {
                    long id = ++programmeId;
                    programmes.row(id, tenant, String.format(Locale.ROOT, "Verksamhet %02d", p),
                            p % 4 == 0 ? null : firstPartner + p % 5, "SUPPORT_GROUP", "ADDICTION,MENTAL_ILLNESS", 7, 13,
                            now, "bench", now, "bench", 0);
                    for (int year = firstYear; year <= today.getYear(); year++) {
                        for (int half = 1; half <= 2; half++) {
                            LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
                            if (start.isAfter(today)) {
                                continue;
                            }
                            LocalDate end = half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
                            boolean current = !end.isBefore(today);
                            for (int g = 1; g <= 2; g++) {
                                groups.row(tenant, id, "Grupp " + g, year, half == 1 ? "VT" : "HT", Date.valueOf(start),
                                        Date.valueOf(end), "1|Kurator", current ? "RUNNING" : "COMPLETED", now, "bench",
                                        now, "bench", 0);
                            }
                            if (current) {
                                continue; // the running half-year is not reported yet: the reminders ask for it
                            }
                            int enrolled = 3 + (int) ((id * 7 + year * 3 + half) % 38);
                            int fresh = enrolled / 3;
                            int girls = enrolled / 2;
                            String breakdowns = "genders.GIRL=" + girls + "\ngenders.BOY=" + (enrolled - girls - 1)
                                    + "\ngenders.NOT_STATED=1\nreferringServices.SCHOOL=2\nreferringServices.HEALTH_CARE=1\n"
                                    + "notAttendingReasons.UNKNOWN=1\n";
                            followUps.row(tenant, id, year, half, "ACCEPTED", enrolled, 2, fresh, enrolled - fresh, 1, 3,
                                    Math.min(enrolled, 2 + (int) (id % 3)), breakdowns, now, "bench", now, "bench", 0);
                        }
                    }
                }
                // a tenant at a time, parents before children (the foreign keys)
                partners.flush();
                programmes.flush();
                groups.flush();
                followUps.flush();
            }
            total = partners.rows() + programmes.rows() + groups.rows() + followUps.rows();
        }
        c.commit();
        return total;
    }

    static String id(int t) {
        return String.format(Locale.ROOT, "bench-%03d", t);
    }

    @Test
    @Order(1)
    void theProgrammeListsFirstPage() {
        String tenant = id(1);
        PortalUser officer = officer(tenant);
        Page<Programme> page = as(officer, tenant, () -> portal.bean(Programmes.class)
                .search(ProgrammeSearch.ALL, Pageable.from(0, 50, Sort.of(Sort.Order.asc("name")))));
        assertThat(page.getTotalSize()).isEqualTo(PROGRAMMES);
        record(Timing.of("programme list, first page (officer, " + PROGRAMMES + " programmes)", WARM_UP, ITERATIONS, 50,
                () -> as(officer, tenant, () -> {
                    Page<Programme> p = portal.bean(Programmes.class)
                            .search(ProgrammeSearch.ALL, Pageable.from(0, 50, Sort.of(Sort.Order.asc("name"))));
                    return portal.bean(Programmes.class).providerNames(p.getContent());
                })));
        record(Timing.of("programme list, text filter", WARM_UP, ITERATIONS, 50, () -> as(officer, tenant, () -> portal
                .bean(Programmes.class).search(new ProgrammeSearch(null, "verksamhet 1"), Pageable.from(0, 50)))));
    }

    @Test
    @Order(2)
    void aProgrammesFollowUpTableWithSuppression() {
        String tenant = id(150);
        PortalUser reader = reader(tenant);
        long programme = as(reader, tenant, () -> portal.bean(Programmes.class).search(ProgrammeSearch.ALL, Pageable.from(0, 1))
                .getContent().get(0).id());
        ProtectedTable once = as(reader, tenant, () -> protectedTable(programme));
        assertThat(once.table().values().size()).as("a decade of half-years").isGreaterThan(300);
        notes.add(String.format(Locale.ROOT, "follow-up table: %d cells, %d lines, %d hidden",
                once.table().values().size(), once.table().lines().size(), once.protection().size()));
        record(Timing.of("follow-up table with suppression (" + YEARS + " years, protected)", WARM_UP, ITERATIONS, 50,
                () -> as(reader, tenant, () -> protectedTable(programme))));
    }

    private ProtectedTable protectedTable(long programme) {
        FollowUpTable table = FollowUpTable.of(portal.bean(FollowUps.class).of(programme));
        return portal.bean(Disclosure.class).protectedTable(table.counts());
    }

    @Test
    @Order(3)
    void theDashboardCard() {
        String tenant = id(1);
        PortalUser reader = reader(tenant);
        assertThat(as(reader, tenant, () -> portal.bean(ChildrenReached.class).lastReported(today)).rows()).hasSize(PROGRAMMES);
        record(Timing.of("dashboard card, children reached (aggregate + suppression)", WARM_UP, ITERATIONS, 100,
                () -> as(reader, tenant, () -> portal.bean(ChildrenReached.class).lastReported(today))));
    }

    @Test
    @Order(4)
    void theDailyReminderJob() {
        DailyJob job = portal.context().getBeansOfType(DailyJob.class).stream().filter(j -> j.moduleId().equals("groups"))
                .findFirst().orElseThrow();
        LocalDate asked = HalfYear.of(today).remindFrom();
        int[] notices = new int[2];
        record(Timing.of("daily reminder job, all " + TENANTS + " tenants, first run", 0, 1, 60_000,
                () -> notices[0] += portal.bean(DailyJobRunner.class).runFor(job, asked)));
        record(Timing.of("daily reminder job, again the same day", 0, 2, 60_000,
                () -> notices[1] += portal.bean(DailyJobRunner.class).runFor(job, asked)));
        notes.add(String.format(Locale.ROOT, "reminder job: %,d notices in the first run, %,d in the repeats", notices[0], notices[1]));
        assertThat(notices[0]).isPositive();
        assertThat(notices[1]).isZero();
    }

    @AfterAll
    void report() throws Exception {
        try {
            if (portal != null && !timings.isEmpty()) {
                Machine machine;
                try (Connection c = database.connect()) {
                    machine = Machine.describe(c);
                }
                StringBuilder md = new StringBuilder("# Groups benchmark\n\n").append(String.format(Locale.ROOT,
                        "%d tenants × %d programmes, %d years of terms (2 groups each) and half-years (a follow-up each); "
                                + "%d warm-up calls, then %d timed calls; milliseconds, server-side.%n%n",
                        TENANTS, PROGRAMMES, YEARS, WARM_UP, ITERATIONS))
                        .append("| measurement | calls | p50 | p95 | max | target p95 | met |\n|---|---|---|---|---|---|---|\n");
                timings.forEach(t -> md.append(t.row()).append('\n'));
                md.append('\n').append(machine.markdown()).append('\n');
                notes.add("load average at the end: " + Machine.loadAverage());
                notes.forEach(n -> md.append("- ").append(n).append('\n'));
                System.out.println(md);
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "benchmark.md"), md.toString());
                if (ENFORCE) {
                    assertThat(timings).as("p95 under target").allMatch(Timing::meetsTarget);
                }
            }
        } finally {
            if (portal != null) {
                portal.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    private void record(Timing timing) {
        timings.add(timing);
        System.out.println(timing.row());
    }
}
