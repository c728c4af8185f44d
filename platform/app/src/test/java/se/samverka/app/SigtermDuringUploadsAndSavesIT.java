package se.samverka.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.core.testing.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to the shipped jar (as Kubernetes stops a pod) while an upload and a save are still arriving, their
 * bodies trickling in over seconds: the graceful shutdown lets both finish, each answers 201, the process ends
 * within the chart's grace period, and the jar started again on the same data has both, whole: the document
 * with all its bytes and its audit line, the partner organisation with its own; no record without the rest.
 */
class SigtermDuringUploadsAndSavesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TENANT = "orust";

    private static Path workDir;
    private static ShippedJar portal;

    @BeforeAll
    static void startTheJar() throws IOException {
        workDir = Files.createTempDirectory("samverka-sigterm-jar-");
        portal = ShippedJar.start(workDir, Map.of("SAMVERKA_TENANTS_DIR", ShippedJar.repositoryRoot().resolve("tenants").toString()));
    }

    @AfterAll
    static void stopTheJar() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void anUploadAndASaveInFlightAtSigtermFinishAndWhatTheyStoredIsWhole() throws Exception {
        long agreement = firstAgreement();
        String documents = "/api/v1/tenants/" + TENANT + "/agreements/" + agreement + "/documents";
        String filename = "Under nedstängningen " + UUID.randomUUID() + ".pdf";
        byte[] pdf = TestFiles.pdfLargerThan(120_000);
        String partner = "Förening under nedstängningen " + UUID.randomUUID();

        CompletableFuture<HttpResponse<String>> upload = send(documents, "multipart/form-data; boundary=" + BOUNDARY,
                multipart(filename, pdf));
        CompletableFuture<HttpResponse<String>> save = send("/api/v1/tenants/" + TENANT + "/partner-organisations",
                "application/json", ("{\"name\": \"" + partner + "\", \"kind\": \"NON_PROFIT_ASSOCIATION\"}")
                        .getBytes(StandardCharsets.UTF_8));
        Thread.sleep(800); // both bodies are arriving

        ShippedJar.Stopped stopped = portal.stop();

        HttpResponse<String> uploaded = upload.get();
        HttpResponse<String> saved = save.get();
        assertThat(uploaded.statusCode()).as("the upload in flight at SIGTERM: %s", uploaded.body()).isEqualTo(201);
        assertThat(saved.statusCode()).as("the save in flight at SIGTERM: %s", saved.body()).isEqualTo(201);
        assertThat(stopped.exitCode()).as("exit code after SIGTERM").isEqualTo(143);
        System.out.printf("SIGTERM with an upload and a save in flight: both answered 201, the jar ended after %d ms%n",
                stopped.millis());

        portal.restart();
        HttpResponse<String> listed = portal.get(documents, auth());
        Matcher id = Pattern.compile("\"id\":(\\d+),[^}]*\"filename\":\"" + Pattern.quote(filename) + "\"").matcher(listed.body());
        assertThat(id.find()).as("the upload after the restart: %s", listed.body()).isTrue();
        HttpResponse<byte[]> content = portal.download(documents + "/" + id.group(1) + "/content", auth());
        assertThat(content.body()).as("every byte of the upload").isEqualTo(pdf);
        assertThat(portal.get("/api/v1/tenants/" + TENANT + "/partner-organisations?q="
                + java.net.URLEncoder.encode(partner, StandardCharsets.UTF_8), auth()).body()).contains(partner);

        portal.stop();
        assertTheDataIsWhole(filename, partner);
    }

    /** In the H2 file, with the jar stopped: each document has its content and its audit line, each organisation its own. */
    private static void assertTheDataIsWhole(String filename, String partner) throws Exception {
        String url = "jdbc:h2:file:" + workDir.resolve("data/samverka").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM document d WHERE NOT EXISTS "
                    + "(SELECT 1 FROM document_content c WHERE c.document_id = d.id)")).as("documents without content").isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM document d WHERE d.filename = '" + filename + "' AND EXISTS "
                    + "(SELECT 1 FROM audit_entry a WHERE a.action = 'document.add' AND a.record_id = d.owner_id "
                    + "AND a.changes LIKE CONCAT('%', d.filename, '%'))")).as("the document with its audit line").isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM partner_organisation p WHERE p.name = '" + partner + "' AND EXISTS "
                    + "(SELECT 1 FROM audit_entry a WHERE a.action = 'create' AND a.record_type = 'partner-organisation' "
                    + "AND a.record_id = CAST(p.id AS VARCHAR))")).as("the organisation with its audit line").isEqualTo(1);
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long firstAgreement() {
        HttpResponse<String> agreements = portal.get("/api/v1/tenants/" + TENANT + "/agreements", auth());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(agreements.body());
        assertThat(id.find()).as("a demo agreement in %s", agreements.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static final String BOUNDARY = "----samverka-sigterm";

    private static byte[] multipart(String filename, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ndecision\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A POST whose body arrives over about three seconds, as from a slow connection. */
    private static CompletableFuture<HttpResponse<String>> send(String path, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(portal.uri().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth().get("Authorization")).header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new Trickle(body)),
                        body.length))
                .build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> auth() {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer.orust:demo".getBytes(StandardCharsets.UTF_8)),
                "Accept", "application/json");
    }

    /** The bytes in 30 pieces, 100 ms apart. */
    private static final class Trickle extends InputStream {

        private final byte[] bytes;
        private final int piece;
        private int position;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
            this.piece = Math.max(1, bytes.length / 30 + 1);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = Math.min(Math.min(length, piece), bytes.length - position);
            System.arraycopy(bytes, position, target, offset, n);
            position += n;
            return n;
        }
    }
}
