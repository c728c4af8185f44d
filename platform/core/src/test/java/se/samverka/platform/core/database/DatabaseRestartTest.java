package se.samverka.platform.core.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.partners.PartnersView;
import se.samverka.platform.core.testing.KaribuPortal;
import se.samverka.platform.core.testing.SignedSession;
import se.samverka.platform.core.testing.TestUsers;
import se.samverka.testkit.MariaDbServer;
import se.samverka.testkit.PortalTestServer;
import se.samverka.testkit.TestDatabase;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MySQL-compatible server frozen, then stopped and started again while users work, under a portal that is
 * never restarted: requests during the outage get a translated 503 "try again in a moment" within seconds,
 * readiness says DOWN within the chart's probe timeout while liveness stays UP, afterwards everything works,
 * and every change that was in flight is either stored with its audit line or not at all. The server is the
 * test's own (a MariaDB on a free port with its own data folder), never the machine's.
 */
class DatabaseRestartTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTNERS = "/api/v1/tenants/tenant-a/partner-organisations";

    static MariaDbServer mariadb;
    static TestDatabase database;
    static PortalTestServer portal;
    static String cookie;

    @BeforeAll
    static void startTheTestsOwnServerAndAPortalOnIt() {
        mariadb = MariaDbServer.start();
        database = mariadb.createDatabase();
        portal = PortalTestServer.startOn(database, TestTenants.FOLDER, Map.of());
        cookie = SignedSession.cookie(portal, TestUsers.officer("tenant-a"));
    }

    @AfterAll
    static void stop() {
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            if (mariadb != null) {
                mariadb.close();
            }
        }
    }

    @Test
    void thePoolAndTheDriverHaveTheDeliberateTimeouts() throws SQLException {
        HikariDataSource pool = portal.bean(DataSource.class).unwrap(HikariDataSource.class);

        assertThat(pool.getConnectionTimeout()).isEqualTo(3000);
        assertThat(pool.getValidationTimeout()).isEqualTo(1000);
        assertThat(pool.getMaxLifetime()).isEqualTo(1_800_000);
        assertThat(pool.getKeepaliveTime()).isEqualTo(120_000);
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "3000")
                .containsEntry("socketTimeout", "20000").containsEntry("tcpKeepAlive", "true");
    }

    @Test
    void duringAnOutageRequestsAreAskedToTryAgainSoonAndAfterwardsEverythingWorksWithNothingHalfStored() throws Exception {
        assertThat(get(PARTNERS).statusCode()).isEqualTo(200);
        assertThat(get("/health/readiness").body()).contains("UP"); // details only for the administrator
        assertThat(post("Före avbrottet").statusCode()).isEqualTo(201);
        Writers writers = Writers.start(3);
        try {
            Thread.sleep(500);

            // a hung server: connections stay open, nothing answers
            mariadb.freeze();
            try {
                // a request sent on a connection just before is answered when the driver gives up (socketTimeout)
                assertTryAgain("frozen", Duration.ofSeconds(24), List.of("en"));
            } finally {
                mariadb.thaw();
            }
            awaitServing("after the freeze");

            // the server stopped and started again on the same data and port: an operator's restart
            mariadb.stop();
            assertTryAgain("stopped", Duration.ofSeconds(5), List.of("sv", "en"));
            long back = System.nanoTime();
            mariadb.startAgain();
            long started = System.nanoTime();
            long serving = awaitServing("after the restart");
            System.out.printf("Database restart: the server answered after %d ms; the portal served again %d ms after that%n",
                    (started - back) / 1_000_000, (serving - started) / 1_000_000);
            assertThat(Duration.ofNanos(serving - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(post("Efter avbrottet").statusCode()).isEqualTo(201);
        } finally {
            writers.stop();
        }

        assertThat(writers.answers).as("the writers' answers").containsKey(201);
        assertThat(writers.answers.keySet()).as("only stored or try-again answers: %s", writers.answers)
                .containsOnly(201, 503);
        assertNothingHalfStored(writers.created);
    }

    @Test
    void whileTheDatabaseIsStoppedTheViewsAskToTryAgainAndWorkAgainAfterwardsWithNothingSaved() throws Exception {
        PortalUser officer = TestUsers.officer("tenant-a");
        KaribuPortal.setup(portal.context());
        try {
            KaribuPortal.as(officer, "tenant-a", PartnersView.ROUTE);
            _click(_get(Button.class, spec -> spec.withId("partners-new")));
            _setValue(_get(TextField.class, spec -> spec.withId("partner-name")), "Sparas inte under avbrottet");

            mariadb.stop();
            try {
                KaribuPortal.click(_get(Button.class, spec -> spec.withId("partner-save")));
                assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                        .contains("Samverka når inte sin databas just nu. Försök igen om en stund.");
                assertThat(_get(Dialog.class, spec -> spec.withId("partner-dialog")).isOpened())
                        .as("what the user typed stays, to save again").isTrue();

                KaribuPortal.as(officer, "tenant-a", PartnersView.ROUTE);
                _get(Main.class, spec -> spec.withId("database-unavailable"));
                _get(H1.class, spec -> spec.withText("Försök igen om en stund"));
            } finally {
                mariadb.startAgain();
            }

            // the pool finds the server again within seconds (the API's figure above): the page then works
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            KaribuPortal.as(officer, "tenant-a", PartnersView.ROUTE);
            while (!_find(Main.class, spec -> spec.withId("database-unavailable")).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(500);
                KaribuPortal.as(officer, "tenant-a", PartnersView.ROUTE);
            }
            _assertNone(Main.class, spec -> spec.withId("database-unavailable"));
            _get(Button.class, spec -> spec.withId("partners-new"));
        } finally {
            KaribuPortal.tearDown();
        }
        assertThat(count("SELECT COUNT(*) FROM partner_organisation WHERE name = 'Sparas inte under avbrottet'")).isZero();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** During the outage: the API's translated 503 within the time given, readiness DOWN, liveness UP. */
    private static void assertTryAgain(String how, Duration within, List<String> languages) throws Exception {
        for (String language : languages) {
            long began = System.nanoTime();
            HttpResponse<String> answer = get(PARTNERS, language);
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            assertThat(answer.statusCode()).as("%s: %s", how, answer.body()).isEqualTo(503);
            assertThat(took).as("%s: the answer's time", how).isLessThan(within);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.headers().firstValue("Content-Language")).hasValue(language);
            assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Integer.parseInt(seconds)).isPositive());
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).isEqualTo(503);
            assertThat(problem.path("code").asText()).isEqualTo("error.unavailable.database");
            assertThat(problem.path("detail").asText()).isEqualTo(language.equals("sv")
                    ? "Samverka når inte sin databas just nu. Försök igen om en stund."
                    : "Samverka cannot reach its database right now. Try again in a moment.");
            assertThat(answer.body()).doesNotContain("Exception", "java.", "jdbc:", "SQL");

            // a page of the UI: its session cannot be checked either, and the browser gets the same "try again"
            HttpResponse<String> page = get("/partners", language);
            assertThat(page.statusCode()).as("%s: the page %s", how, page.body()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains(language.equals("sv") ? "Försök igen om en stund" : "Try again")
                    .doesNotContain("Exception", "java.", "jdbc:", "SQL");
        }
        long began = System.nanoTime();
        HttpResponse<String> readiness = get("/health/readiness");
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        assertThat(readiness.statusCode()).as("%s: readiness %s", how, readiness.body()).isEqualTo(503);
        assertThat(JSON.readTree(readiness.body()).path("status").asText()).isEqualTo("DOWN");
        assertThat(took).as("%s: readiness within the chart's probe timeout (3 s)", how).isLessThan(Duration.ofMillis(2900));
        assertThat(get("/health/liveness").statusCode()).as("%s: liveness", how).isEqualTo(200);
    }

    /** Waits until a read answers 200 and then readiness is UP again; when the read first did. */
    private static long awaitServing(String when) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        long serving = 0;
        while (System.nanoTime() < deadline) {
            if (serving == 0 && get(PARTNERS).statusCode() == 200) {
                serving = System.nanoTime();
            }
            if (serving != 0 && get("/health/readiness").statusCode() == 200) {
                return serving;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The portal did not serve again " + when + " without a restart (read "
                + (serving == 0 ? "never answered 200" : "answered, readiness stayed DOWN") + ")");
    }

    /**
     * Every partner organisation has its audit line and every audit line its organisation (the change and its
     * audit are one transaction), and every one answered 201 is stored.
     */
    private static void assertNothingHalfStored(Set<String> answeredCreated) throws SQLException {
        Map<String, String> stored = new HashMap<>(); // id -> name
        List<String> audited = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT id, name FROM partner_organisation")) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2));
                }
            }
            try (ResultSet rows = s.executeQuery("SELECT record_id FROM audit_entry WHERE action = 'create' "
                    + "AND record_type = 'partner-organisation'")) {
                while (rows.next()) {
                    audited.add(rows.getString(1));
                }
            }
        }
        assertThat(audited).as("one audit line for each stored organisation, none for one not stored")
                .containsExactlyInAnyOrderElementsOf(stored.keySet());
        assertThat(stored.values()).as("every organisation answered 201 is stored").containsAll(answeredCreated);
        System.out.printf("Database restart: %d organisations stored, each with its audit line%n", stored.size());
    }

    /** Users registering partner organisations all along, before, during and after the outage. */
    private static final class Writers {

        final Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        final Set<String> created = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService pool;
        private final List<Future<?>> futures = new ArrayList<>();

        private Writers(int count) {
            pool = Executors.newFixedThreadPool(count);
            for (int w = 0; w < count; w++) {
                int writer = w;
                futures.add(pool.submit(() -> write(writer)));
            }
        }

        static Writers start(int count) {
            return new Writers(count);
        }

        private Void write(int writer) throws Exception {
            for (int i = 0; running.get(); i++) {
                String name = "Förening " + writer + "-" + i;
                HttpResponse<String> answer = post(name);
                answers.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() == 201) {
                    created.add(name);
                } else {
                    Thread.sleep(50);
                }
            }
            return null;
        }

        void stop() throws Exception {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            for (Future<?> future : futures) {
                future.get();
            }
        }
    }

    private static HttpResponse<String> post(String name) throws IOException, InterruptedException {
        String body = "{\"name\":\"" + name + "\",\"kind\":\"NON_PROFIT_ASSOCIATION\"}";
        return HTTP.send(request(PARTNERS, "sv").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "sv");
    }

    private static HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return HTTP.send(request(path, language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.uri() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        // the probes ask anonymously, as the chart's kubelet does; everything else as a signed-in officer
        return path.startsWith("/health") ? request : request.header("Cookie", cookie);
    }
}
