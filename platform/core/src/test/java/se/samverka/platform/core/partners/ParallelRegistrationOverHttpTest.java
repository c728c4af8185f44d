package se.samverka.platform.core.partners;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.testing.ApiCaller;
import se.samverka.platform.core.testing.ApiCaller.Answer;
import se.samverka.platform.core.testing.TestUsers;
import se.samverka.testkit.PortalTestServer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten case officers register the same organisation at once over the API, on the MySQL-compatible test
 * server and on the embedded default's H2: one is stored, the other nine get exactly the refusal a
 * sequential duplicate gets (422, the translated message, {@code code} and {@code field}), never a 500.
 */
class ParallelRegistrationOverHttpTest {

    static final int USERS = 10;
    static final String PATH = "/api/v1/tenants/tenant-a/partner-organisations";
    static final AtomicInteger NEXT = new AtomicInteger(100);

    @TempDir
    static Path h2Dir;
    static PortalTestServer onMariaDb;
    static PortalTestServer onH2;

    @BeforeAll
    static void start() {
        onMariaDb = TestTenants.startPortal();
        onH2 = PortalTestServer.start(TestTenants.FOLDER, Map.of(
                "datasources.default.url", "jdbc:h2:file:" + h2Dir.resolve("samverka")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "datasources.default.username", "sa", "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.h2.Driver"));
        assertThat(databaseProduct(onH2)).isEqualTo("H2");
        assertThat(databaseProduct(onMariaDb)).isIn("MariaDB", "MySQL");
    }

    @SuppressWarnings("unchecked")
    static String databaseProduct(PortalTestServer portal) {
        io.micronaut.data.connection.ConnectionOperations<java.sql.Connection> connections =
                portal.bean(io.micronaut.data.connection.ConnectionOperations.class);
        return connections.executeRead(status -> {
            try {
                return status.getConnection().getMetaData().getDatabaseProductName();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterAll
    static void stop() {
        if (onMariaDb != null) {
            onMariaDb.close();
        }
        if (onH2 != null) {
            onH2.close();
        }
    }

    static PortalTestServer portal(String database) {
        return database.equals("h2") ? onH2 : onMariaDb;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2"})
    void tenParallelRegistrationsWithOneOrganisationNumber(String database) throws Exception {
        String number = organisationNumber(NEXT.incrementAndGet());
        List<Answer> answers = inParallel(portal(database), i -> partner("Samma nummer " + i, number, "num-" + database + "-" + i));

        assertOneStoredAndTheOthersRefusedLikeASequentialDuplicate(portal(database), answers,
                partner("Sist", number, "num-" + database + "-late"), "partners.number-taken", "/organisationNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2"})
    void tenParallelRegistrationsWithOneDirectoryAlias(String database) throws Exception {
        String alias = "alias-" + database + "-" + NEXT.incrementAndGet();
        // serials base .. base + USERS, reserved (addAndGet would hand the next test serials used here)
        int base = NEXT.getAndAdd(USERS + 1) + 1;
        List<Answer> answers = inParallel(portal(database), i -> partner("Samma alias " + i, organisationNumber(base + i), alias));

        assertOneStoredAndTheOthersRefusedLikeASequentialDuplicate(portal(database), answers,
                partner("Sist", organisationNumber(base + USERS), alias), "partners.alias-taken", "/directoryAlias");
    }

    private static void assertOneStoredAndTheOthersRefusedLikeASequentialDuplicate(PortalTestServer portal, List<Answer> answers,
            Map<String, Object> sequential, String code, String field) {
        Answer late = officer(portal).post(PATH, sequential);
        assertThat(late.status()).as(late.toString()).isEqualTo(422);

        assertThat(answers).filteredOn(a -> a.status() == 201).as(answers.toString()).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201).as(answers.toString()).hasSize(USERS - 1).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(late.status());
            assertThat(refused.contentType()).isEqualTo(late.contentType());
            assertThat(refused.json()).containsEntry("code", code).containsEntry("field", field);
            assertThat(refused.body()).doesNotContain("Exception").doesNotContain("SQL").doesNotContain("ux_partner");
        });
        assertThat(late.json()).containsEntry("code", code).containsEntry("field", field);
    }

    private static List<Answer> inParallel(PortalTestServer portal, java.util.function.IntFunction<Map<String, Object>> body)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(USERS);
        ExecutorService threads = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<Answer>> outcomes = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                Map<String, Object> partner = body.apply(i);
                ApiCaller caller = officer(portal);
                outcomes.add(threads.submit(() -> {
                    start.await();
                    return caller.post(PATH, partner);
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> outcome : outcomes) {
                answers.add(outcome.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static ApiCaller officer(PortalTestServer portal) {
        return ApiCaller.as(portal, TestUsers.officer("tenant-a"));
    }

    private static Map<String, Object> partner(String name, String number, String alias) {
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("name", name);
        partner.put("organisationNumber", number);
        partner.put("kind", "NON_PROFIT_ASSOCIATION");
        partner.put("directoryAlias", alias);
        return partner;
    }

    /** A valid Swedish organisation number (Luhn check digit) made from a serial. */
    static String organisationNumber(int serial) {
        String nine = "802" + String.format("%06d", serial);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
    }
}
