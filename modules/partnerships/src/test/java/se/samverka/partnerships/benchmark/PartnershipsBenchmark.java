package se.samverka.partnerships.benchmark;

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
import se.samverka.partnerships.budget.BudgetOverview;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.overview.PartnershipFigures;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.Partnerships;
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
 * The partnerships module's benchmark (its issue's "Performance"): 300 tenants with 10 partnerships each and five
 * years of phases (an inception, four project years, a steering group each year), budget lines, costs, claims,
 * visits, a results framework with indicators and the reports ICLD has had, on a real MariaDB/MySQL; then
 * server-side times of the list's first page, a partnership's budget overview, the dashboard card's figures and
 * the daily reminder job over all tenants. Run with
 * <pre>mvn -B verify -pl modules/partnerships -am -Pbenchmark -DskipTests</pre>
 * Figures and the machine go to standard output and {@code modules/partnerships/target/benchmark.md}.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnershipsBenchmark {

    private static final int TENANTS = Integer.getInteger("benchmark.tenants", 300);
    private static final int PARTNERSHIPS = Integer.getInteger("benchmark.partnerships", 10);
    private static final int YEARS = 5;
    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 30);
    private static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 200);
    private static final boolean ENFORCE = Boolean.parseBoolean(System.getProperty("benchmark.enforce", "true"));
    private static final String[] COUNTRIES = {"ZA", "KE", "TZ", "UA", "GE", "ID", "VN", "BW", "MK", "UG"};
    private static final String[] CATEGORIES = {"TRAVEL", "ACCOMMODATION", "LOCAL_TRAVEL", "VENUE", "INTERPRETATION"};

    private TestDatabase database;
    private PortalTestServer portal;
    private LocalDate today;
    private final List<Timing> timings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @BeforeAll
    void generate() throws Exception {
        Path tenantFiles = Files.createTempDirectory("samverka-partnerships-bench-");
        for (int t = 1; t <= TENANTS; t++) {
            Files.writeString(tenantFiles.resolve(id(t) + ".yaml"), """
                    id: %s
                    name: Bänk %03d kommun
                    kind: municipality
                    hosts:
                      - %s.localhost
                    locale: sv
                    brandColour: "#00558C"
                    modules: [partnerships]
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
                s.execute("ANALYZE TABLE partner_organisation, partnerships_partnership, partnerships_phase, partnerships_budget_line, "
                        + "partnerships_actual, partnerships_claim, partnerships_visit, partnerships_report, partnerships_result, "
                        + "partnerships_indicator");
            }
        }
        notes.add(String.format(Locale.ROOT, "generated %,d rows in %.1f s", rows, (System.nanoTime() - started) / 1e9));
        System.out.println(String.join("\n", notes));
    }

    /** One phase as generated: its id, kind, period and whether it is over (reported) or running today. */
    private record GeneratedPhase(long id, String kind, LocalDate startsOn, LocalDate endsOn) {
    }

    /** Foreign parties, partnerships and all that hangs on them, written straight into the tables in batches. */
    private long write(Connection c) throws Exception {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        int firstYear = today.getYear() - YEARS + 1;
        long partnerId = 0;
        long partnershipId = 0;
        long phaseId = 0;
        long resultId = 0;
        long total;
        try (BatchInsert partners = new BatchInsert(c, "partner_organisation", "id", "tenant_id", "name", "kind", "country",
                "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert partnerships = new BatchInsert(c, "partnerships_partnership", "id", "tenant_id", "title", "country_code",
                     "thematic_area", "core_areas", "status", "starts_on", "ends_on", "foreign_partner_ids", "swedish_parties", "contacts",
                     "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert phases = new BatchInsert(c, "partnerships_phase", "id", "tenant_id", "partnership_id", "kind", "project_year",
                     "starts_on", "ends_on", "status", "applied_on", "granted_sek", "decided_on", "decision_ref", "team",
                     "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert lines = new BatchInsert(c, "partnerships_budget_line", "tenant_id", "phase_id", "budget_year", "category",
                     "amount_sek", "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert actuals = new BatchInsert(c, "partnerships_actual", "tenant_id", "phase_id", "category", "spent_on",
                     "amount_sek", "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert claims = new BatchInsert(c, "partnerships_claim", "tenant_id", "phase_id", "claimed_on", "claimed_sek",
                     "received_on", "received_sek", "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert visits = new BatchInsert(c, "partnerships_visit", "tenant_id", "partnership_id", "phase_id", "direction",
                     "starts_on", "ends_on", "place", "participants", "purpose", "created_at", "created_by", "updated_at", "updated_by",
                     "version");
             BatchInsert reports = new BatchInsert(c, "partnerships_report", "tenant_id", "partnership_id", "phase_id", "kind",
                     "accounting_year", "due_on", "status", "achievements", "submitted_on", "approved_on", "created_at", "created_by",
                     "updated_at", "updated_by", "version");
             BatchInsert results = new BatchInsert(c, "partnerships_result", "id", "tenant_id", "partnership_id", "parent_id", "level",
                     "text", "position", "created_at", "created_by", "updated_at", "updated_by", "version");
             BatchInsert indicators = new BatchInsert(c, "partnerships_indicator", "tenant_id", "partnership_id", "result_id", "name",
                     "level", "baseline", "target", "actuals", "created_at", "created_by", "updated_at", "updated_by", "version")) {
            for (int t = 1; t <= TENANTS; t++) {
                String tenant = id(t);
                for (int p = 1; p <= PARTNERSHIPS; p++) {
                    long foreign = ++partnerId;
                    String country = COUNTRIES[(t + p) % COUNTRIES.length];
                    partners.row(foreign, tenant, "Local Municipality " + p + " of " + tenant, "FOREIGN_LOCAL_GOVERNMENT", country,
                            now, "bench", now, "bench", 0);
                    long partnership = ++partnershipId;
                    boolean ended = p == PARTNERSHIPS; // one of ten has ended: the lists and the reminders leave it out
                    partnerships.row(partnership, tenant, String.format(Locale.ROOT, "Partnerskap %02d i %s", p, tenant), country,
                            "Lokal demokrati", "PARTICIPATION,TRANSPARENCY", ended ? "ENDED" : "PROJECT",
                            Date.valueOf(LocalDate.of(firstYear, 1, 1)), Date.valueOf(LocalDate.of(today.getYear(), 12, 31)),
                            String.valueOf(foreign), "Växjö kommun", "SWEDISH|COORDINATOR|Anna Berg|" + tenant, now, "bench", now,
                            "bench", 0);
                    List<GeneratedPhase> its = new ArrayList<>();
                    its.add(new GeneratedPhase(++phaseId, "INCEPTION", LocalDate.of(firstYear, 1, 15), LocalDate.of(firstYear, 6, 30)));
                    for (int year = firstYear + 1; year <= today.getYear(); year++) {
                        its.add(new GeneratedPhase(++phaseId, "PROJECT", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
                    }
                    for (int year = firstYear; year <= today.getYear(); year++) {
                        its.add(new GeneratedPhase(++phaseId, "STEERING_GROUP", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
                    }
                    int projectYear = 0;
                    for (GeneratedPhase phase : its) {
                        boolean over = phase.endsOn().isBefore(today);
                        phases.row(phase.id(), tenant, partnership, phase.kind(), phase.kind().equals("PROJECT") ? ++projectYear : null,
                                Date.valueOf(phase.startsOn()), Date.valueOf(phase.endsOn()), over ? "REPORTED" : "RUNNING",
                                Date.valueOf(phase.startsOn().minusMonths(3)), 450_000L, Date.valueOf(phase.startsOn().minusMonths(1)),
                                "ICLD-" + phase.id(), "SWEDISH|PROJECT_LEADER|Anna Berg\nFOREIGN|PROJECT_LEADER|Thabo Mokoena",
                                now, "bench", now, "bench", 0);
                        int year = phase.startsOn().getYear();
                        for (int k = 0; k < CATEGORIES.length; k++) {
                            lines.row(tenant, phase.id(), year, CATEGORIES[k], 40_000L + 10_000L * k, now, "bench", now, "bench", 0);
                        }
                        for (int a = 0; a < 8; a++) {
                            LocalDate spent = phase.startsOn().plusDays(10L + a * 18L);
                            if (!spent.isAfter(today) && !spent.isAfter(phase.endsOn())) {
                                actuals.row(tenant, phase.id(), CATEGORIES[a % CATEGORIES.length], Date.valueOf(spent), 9_000L + a * 500L,
                                        now, "bench", now, "bench", 0);
                            }
                        }
                        if (!phase.kind().equals("STEERING_GROUP")) {
                            visits.row(tenant, partnership, phase.id(), "INBOUND", Date.valueOf(phase.startsOn().plusDays(20)),
                                    Date.valueOf(phase.startsOn().plusDays(25)), "Kommunhuset", "FOREIGN|OFFICIAL|3\nFOREIGN|POLITICIAN_MAJORITY|1",
                                    "Studiebesök", now, "bench", now, "bench", 0);
                            visits.row(tenant, partnership, phase.id(), "OUTBOUND", Date.valueOf(phase.startsOn().plusDays(60)),
                                    Date.valueOf(phase.startsOn().plusDays(65)), "Partnerkommunen", "SWEDISH|OFFICIAL|3",
                                    "Arbetsmöte", now, "bench", now, "bench", 0);
                        }
                        if (over) {
                            boolean inception = phase.kind().equals("INCEPTION");
                            reports.row(tenant, partnership, phase.id(), inception ? "FINAL" : "ANNUAL", year,
                                    Date.valueOf(inception ? phase.endsOn().plusMonths(2) : LocalDate.of(year + 1, 1, 31)),
                                    "APPROVED", "Det som uppnåtts", Date.valueOf(phase.endsOn().plusDays(20)),
                                    Date.valueOf(phase.endsOn().plusDays(50)), now, "bench", now, "bench", 0);
                            claims.row(tenant, phase.id(), Date.valueOf(phase.endsOn().plusDays(25)), 150_000L,
                                    Date.valueOf(phase.endsOn().plusDays(55)), 150_000L, now, "bench", now, "bench", 0);
                        }
                    }
                    long goal = ++resultId;
                    results.row(goal, tenant, partnership, null, "GOAL", "Ökad delaktighet", 0, now, "bench", now, "bench", 0);
                    for (int o = 1; o <= 2; o++) {
                        long outcome = ++resultId;
                        results.row(outcome, tenant, partnership, goal, "OUTCOME", "Utfall " + o, o, now, "bench", now, "bench", 0);
                        StringBuilder values = new StringBuilder();
                        for (int year = firstYear; year < today.getYear(); year++) {
                            values.append(values.isEmpty() ? "" : "\n").append(year).append('|').append(10 + year - firstYear);
                        }
                        for (int i = 1; i <= 3; i++) {
                            indicators.row(tenant, partnership, outcome, "Indikator " + o + "." + i, "ORGANISATIONAL", "5", "20",
                                    values.toString(), now, "bench", now, "bench", 0);
                        }
                    }
                }
                // a tenant at a time, parents before children (the foreign keys)
                partners.flush();
                partnerships.flush();
                phases.flush();
                lines.flush();
                actuals.flush();
                claims.flush();
                visits.flush();
                reports.flush();
                results.flush();
                indicators.flush();
            }
            total = partners.rows() + partnerships.rows() + phases.rows() + lines.rows() + actuals.rows() + claims.rows() + visits.rows()
                    + reports.rows() + results.rows() + indicators.rows();
        }
        c.commit();
        return total;
    }

    static String id(int t) {
        return String.format(Locale.ROOT, "bench-%03d", t);
    }

    @Test
    @Order(1)
    void theListsFirstPage() {
        String tenant = id(1);
        PortalUser reader = reader(tenant);
        Partnerships partnerships = portal.bean(Partnerships.class);
        Pageable first = Pageable.from(0, 50, Sort.of(Sort.Order.asc("title")));
        assertThat(as(reader, tenant, () -> partnerships.search(PartnershipSearch.all(), first)).getTotalSize()).isEqualTo(PARTNERSHIPS);
        record(Timing.of("list, first page with the foreign parties' names (" + PARTNERSHIPS + " partnerships)", WARM_UP, ITERATIONS, 50,
                () -> as(reader, tenant, () -> {
                    Page<Partnership> page = partnerships.search(PartnershipSearch.all(), first);
                    return partnerships.partnerNames(page.getContent()).size() + partnerships.count(PartnershipSearch.all());
                })));
        PartnershipSearch filtered = new PartnershipSearch(null, "ZA", null, "PROJECT", "partnerskap", true);
        record(Timing.of("list, filtered by country, phase, words, ongoing", WARM_UP, ITERATIONS, 50,
                () -> as(reader, tenant, () -> partnerships.search(filtered, first))));
    }

    @Test
    @Order(2)
    void aPartnershipsBudgetOverview() {
        String tenant = id(150);
        PortalUser reader = reader(tenant);
        Partnership partnership = as(reader, tenant, () -> portal.bean(Partnerships.class)
                .search(PartnershipSearch.all(), Pageable.from(0, 1, Sort.of(Sort.Order.asc("title")))).getContent().get(0));
        BudgetOverview once = as(reader, tenant, () -> portal.bean(Budgets.class).overview(partnership.id(), partnership.countryCode()));
        assertThat(once.approved()).isPositive();
        assertThat(once.spent()).isPositive();
        record(Timing.of("a partnership's budget overview (" + (2 * YEARS) + " phases, lines, costs, claims, ceilings)", WARM_UP,
                ITERATIONS, 50, () -> as(reader, tenant, () -> portal.bean(Budgets.class).overview(partnership.id(),
                        partnership.countryCode()))));
    }

    @Test
    @Order(3)
    void theDashboardCardsFigures() {
        String tenant = id(1);
        PortalUser reader = reader(tenant);
        PartnershipFigures figures = portal.bean(PartnershipFigures.class);
        assertThat(as(reader, tenant, figures::byCountry)).isNotEmpty();
        record(Timing.of("dashboard card: by country, by running phase, this year's money (3 aggregates)", WARM_UP, ITERATIONS, 100,
                () -> as(reader, tenant, () -> figures.byCountry().size() + figures.byRunningPhase(today).size()
                        + figures.money(today.getYear()).budgetSek())));
    }

    @Test
    @Order(4)
    void theDailyReminderJob() {
        DailyJob job = portal.context().getBeansOfType(DailyJob.class).stream().filter(j -> j.moduleId().equals("partnerships"))
                .findFirst().orElseThrow();
        // the day a granted year ends is within 30 days: every running phase ends and asks for its report
        LocalDate asked = LocalDate.of(today.getYear(), 12, 15);
        int[] notices = new int[2];
        record(Timing.of("daily reminder job, all " + TENANTS + " tenants, first run", 0, 1, 60_000,
                () -> notices[0] += portal.bean(DailyJobRunner.class).runFor(job, asked)));
        record(Timing.of("daily reminder job, again the same day", 0, 2, 60_000,
                () -> notices[1] += portal.bean(DailyJobRunner.class).runFor(job, asked)));
        notes.add(String.format(Locale.ROOT, "reminder job: %,d notices in the first run, %,d in the repeats", notices[0], notices[1]));
        assertThat(notices[0]).isPositive();
        assertThat(notices[1]).isZero();
        assertThat(as(officer(id(1)), id(1), () -> portal.bean(Partnerships.class).active())).hasSize(PARTNERSHIPS - 1);
    }

    @AfterAll
    void report() throws Exception {
        try {
            if (portal != null && !timings.isEmpty()) {
                Machine machine;
                try (Connection c = database.connect()) {
                    machine = Machine.describe(c);
                }
                StringBuilder md = new StringBuilder("# Partnerships benchmark\n\n").append(String.format(Locale.ROOT,
                        "%d tenants × %d partnerships, %d years of phases (inception, project years, a steering group a year) "
                                + "with budget lines, costs, claims, visits, reports, a results framework and indicators; "
                                + "%d warm-up calls, then %d timed calls; milliseconds, server-side.%n%n",
                        TENANTS, PARTNERSHIPS, YEARS, WARM_UP, ITERATIONS))
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
