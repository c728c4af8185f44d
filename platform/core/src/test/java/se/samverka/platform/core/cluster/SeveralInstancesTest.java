package se.samverka.platform.core.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.documents.DocumentStore;
import se.samverka.platform.api.jobs.ClusterWork;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.PortalTestServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one database, as several replicas run: what one changes the other sees at
 * once, and exclusive work runs on one of them only.
 */
class SeveralInstancesTest {

    static PortalTestServer first;
    static PortalTestServer second;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        first = TestTenants.startPortal();
        second = PortalTestServer.startOn(first.database(), TestTenants.FOLDER, Map.of());
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void aModuleDisabledThroughOneInstanceIsDisabledOnTheOtherAtOnce() throws Exception {
        assertThat(get(second, "/api/v1/tenants/tenant-a/alpha/notes", "officer.tenant-a")).isEqualTo(200);

        assertThat(put(first, "/api/v1/tenants/tenant-a/modules/alpha", "{\"enabled\":false}", "admin.tenant-a")).isEqualTo(200);
        try {
            assertThat(get(second, "/api/v1/tenants/tenant-a/alpha/notes", "officer.tenant-a")).isEqualTo(404);
        } finally {
            assertThat(put(second, "/api/v1/tenants/tenant-a/modules/alpha", "{\"enabled\":true}", "admin.tenant-a")).isEqualTo(200);
        }
        assertThat(get(first, "/api/v1/tenants/tenant-a/alpha/notes", "officer.tenant-a")).isEqualTo(200);
    }

    @Test
    void workTriggeredOnBothInstancesAtTheSameMomentRunsOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Runnable work = () -> {
            runs.incrementAndGet();
            sleep(500);
        };
        CompletableFuture<Boolean> onFirst = CompletableFuture.supplyAsync(() -> trigger(first, go, work));
        CompletableFuture<Boolean> onSecond = CompletableFuture.supplyAsync(() -> trigger(second, go, work));
        go.countDown();

        assertThat(onFirst.get() ^ onSecond.get()).as("exactly one instance ran it").isTrue();
        assertThat(runs.get()).isEqualTo(1);
        // a late trigger within lock-at-least-for does not run it again
        assertThat(second.bean(ClusterWork.class).runExclusively("test.job", Duration.ofMinutes(1), Duration.ofSeconds(30), work)).isFalse();
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void aDocumentStoredThroughOneInstanceIsServedByTheOther() {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var stored = se.samverka.platform.core.tenant.TenantContext.callAs("tenant-a", () -> first.bean(DocumentStore.class)
                .store("test", "1", "beslut.pdf", new java.io.ByteArrayInputStream(pdf)));

        var read = se.samverka.platform.core.tenant.TenantContext.callAs("tenant-a",
                () -> second.bean(DocumentStore.class).content(stored.id()));
        assertThat(read).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
    }

    private static boolean trigger(PortalTestServer instance, CountDownLatch go, Runnable work) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return instance.bean(ClusterWork.class).runExclusively("test.job", Duration.ofMinutes(1), Duration.ofSeconds(30), work);
    }

    private static int get(PortalTestServer instance, String path, String user) throws Exception {
        return HTTP.send(request(instance, path, user).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int put(PortalTestServer instance, String path, String json, String user) throws Exception {
        return HTTP.send(request(instance, path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest.Builder request(PortalTestServer instance, String path, String user) {
        return HttpRequest.newBuilder(URI.create(instance.uri() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
