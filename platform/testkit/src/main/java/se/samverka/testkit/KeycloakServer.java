package se.samverka.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real Keycloak 26.7.3 with the {@code samverka} realm, for tests: started by
 * {@code platform/keycloak/keycloak.sh} on free loopback ports, stopped by its own PID.
 *
 * <p>Start it in {@code @BeforeAll} and close it in {@code @AfterAll}. If Keycloak does not come up,
 * {@link #start(String)} throws with the script's output and the tail of Keycloak's log: a test class
 * using it fails, it never skips (with {@code CI=true} as everywhere else). If the JVM dies without
 * closing it, the script's watchdog stops Keycloak once this JVM is gone. {@link #close()} removes the run's
 * folder (log included) unless {@code SAMVERKA_KEEP_KEYCLOAK_RUN=true}.
 *
 * <p>Clients of the realm: {@code portal} (the portal: code flow with PKCE, no password grant),
 * {@code portal-test} (tests only: password grant, tokens with audience {@code portal}),
 * {@code other-app} (password grant, no {@code portal} audience) and {@code portal-admin}
 * (service account for the admin API). Demo users have the password {@code demo}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "samverka";
    public static final String DEMO_PASSWORD = "demo";

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(20);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Path script;
    private final Path runDir;
    /** The facts of the run; replaced by {@link #restart()} (new PID, start time). */
    private volatile Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Thread shutdownHook;
    private boolean closed;

    private KeycloakServer(Path script, Path runDir, Map<String, String> env) {
        this.script = script;
        this.runDir = runDir;
        this.env = env;
        this.shutdownHook = new Thread(this::stopQuietly, "keycloak-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts Keycloak with the realm rendered for a portal at {@code portalUrl} (e.g. {@code http://127.0.0.1:PORT}). */
    public static KeycloakServer start(String portalUrl) {
        return start(portalUrl, Map.of());
    }

    /**
     * As {@link #start(String)}, with extra environment for the script (e.g. {@code PORTAL_CLIENT_SECRET});
     * see the head of {@code keycloak.sh} for the variables.
     */
    public static KeycloakServer start(String portalUrl, Map<String, String> extraEnv) {
        Path root = repositoryRoot();
        Path script = root.resolve("platform/keycloak/keycloak.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("Keycloak start script not found: " + script);
        }
        Path work;
        try {
            work = Files.createTempDirectory("samverka-keycloak-");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for Keycloak", e);
        }
        Path runDir = work.resolve("run");
        Path output = work.resolve("start-output.log");

        int httpPort = FreePorts.next();
        int managementPort = FreePorts.next();
        while (managementPort == httpPort) {
            managementPort = FreePorts.next();
        }
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "start")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.put("PORTAL_URL", portalUrl);
        environment.put("RUN_DIR", runDir.toString());
        environment.put("KEYCLOAK_PORT", Integer.toString(httpPort));
        environment.put("KEYCLOAK_MANAGEMENT_PORT", Integer.toString(managementPort));
        environment.put("KEYCLOAK_WATCH_PID", Long.toString(ProcessHandle.current().pid()));
        environment.putAll(extraEnv);

        return new KeycloakServer(script, runDir, runScript(builder, "start", output, runDir));
    }

    /** Runs {@code keycloak.sh start|restart} to its end; the run's env file, or an exception with the output. */
    private static Map<String, String> runScript(ProcessBuilder builder, String command, Path output, Path runDir) {
        int exit;
        try {
            Process process = builder.start();
            if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException("keycloak.sh " + command + " did not finish within " + SCRIPT_TIMEOUT
                        + "\n" + tail(output, 80));
            }
            exit = process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + builder.command(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Keycloak", e);
        }
        Path envFile = runDir.resolve("keycloak.env");
        if (exit != 0 || !Files.isRegularFile(envFile)) {
            throw new IllegalStateException("Keycloak did not come up (keycloak.sh " + command + " exited " + exit
                    + "). Output:\n" + tail(output, 120));
        }
        return readEnv(envFile);
    }

    /** The folder above the working directory that holds {@code tenants/}: the repository root. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tenants"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No tenants/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static Map<String, String> readEnv(Path file) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return Map.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no output)";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    // --- facts of this run ------------------------------------------------------------------------

    /** The realm's issuer, {@code http://127.0.0.1:PORT/realms/samverka}. */
    public String issuer() {
        return value("KEYCLOAK_ISSUER");
    }

    /** Keycloak's base URL, {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return value("KEYCLOAK_URL");
    }

    /** The management interface (health, metrics), {@code http://127.0.0.1:PORT}. */
    public String managementUrl() {
        return value("KEYCLOAK_MANAGEMENT_URL");
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String authorizationEndpoint() {
        return issuer() + "/protocol/openid-connect/auth";
    }

    /** The realm's admin API, {@code .../admin/realms/samverka}. */
    public String adminApi() {
        return baseUrl() + "/admin/realms/" + REALM;
    }

    /** The portal URL the realm was rendered for (redirect URIs, web origins). */
    public String portalUrl() {
        return value("PORTAL_URL");
    }

    /** The secret of {@code portal}, {@code portal-test}, {@code other-app} or {@code portal-admin}. */
    public String clientSecret(String clientId) {
        return switch (clientId) {
            case "portal" -> value("PORTAL_CLIENT_SECRET");
            case "portal-test" -> value("PORTAL_TEST_CLIENT_SECRET");
            case "other-app" -> value("OTHER_APP_CLIENT_SECRET");
            case "portal-admin" -> value("PORTAL_ADMIN_CLIENT_SECRET");
            default -> throw new IllegalArgumentException("no such confidential client in the realm: " + clientId);
        };
    }

    public String adminUsername() {
        return value("KEYCLOAK_ADMIN_USERNAME");
    }

    public String adminPassword() {
        return value("KEYCLOAK_ADMIN_PASSWORD");
    }

    /** Seconds from {@code keycloak.sh start} to ready (with download and unpacking if nothing was cached yet). */
    public double startSeconds() {
        return Double.parseDouble(value("KEYCLOAK_START_SECONDS"));
    }

    /** {@code cold} (first start on this machine, with the one-off build step) or {@code warm}. */
    public String startKind() {
        return value("KEYCLOAK_START_KIND");
    }

    public long pid() {
        return Long.parseLong(value("KEYCLOAK_PID"));
    }

    public Path runDir() {
        return runDir;
    }

    public Path logFile() {
        return runDir.resolve("keycloak.log");
    }

    /** Everything {@code keycloak.env} says. */
    public Map<String, String> env() {
        return env;
    }

    private String value(String key) {
        String value = env.get(key);
        if (value == null) {
            throw new IllegalStateException(key + " missing from " + runDir.resolve("keycloak.env"));
        }
        return value;
    }

    // --- tokens -----------------------------------------------------------------------------------

    /** A response of the token endpoint: status and body as sent. */
    public record TokenResponse(int status, String body) {

        public boolean ok() {
            return status == 200;
        }

        /** The access token; fails unless the request succeeded. */
        public String accessToken() {
            Matcher m = ACCESS_TOKEN.matcher(body);
            if (status != 200 || !m.find()) {
                throw new IllegalStateException("token endpoint answered " + status + ": " + body);
            }
            return m.group(1);
        }

        /** A string field of the JSON body ({@code id_token}, {@code error}, ...), or null. */
        public String field(String name) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    /** The resource owner password grant (only {@code portal-test} and {@code other-app} allow it). */
    public TokenResponse passwordGrant(String clientId, String clientSecret, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return tokenRequest(tokenEndpoint(), form);
    }

    /** The access token of a password grant; throws with the endpoint's answer if refused. */
    public String passwordGrantToken(String clientId, String clientSecret, String username, String password) {
        return passwordGrant(clientId, clientSecret, username, password).accessToken();
    }

    /** A portal-audience access token of a demo user (through {@code portal-test}, password {@code demo}). */
    public String portalToken(String username) {
        return passwordGrantToken("portal-test", clientSecret("portal-test"), username, DEMO_PASSWORD);
    }

    /** The client credentials grant, e.g. for the {@code portal-admin} service account. */
    public String clientCredentialsToken(String clientId, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return tokenRequest(tokenEndpoint(), form).accessToken();
    }

    /** A token of the bootstrap administrator (master realm, {@code admin-cli}): full admin API access. */
    public String bootstrapAdminToken() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", adminUsername());
        form.put("password", adminPassword());
        return tokenRequest(baseUrl() + "/realms/master/protocol/openid-connect/token", form).accessToken();
    }

    /** Posts a form to a token endpoint. */
    public TokenResponse tokenRequest(String endpoint, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = send(request);
        return new TokenResponse(response.statusCode(), response.body());
    }

    /** Sends a request with this server's HTTP client (redirects are not followed). */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("request to Keycloak failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** GET with a bearer token. */
    public HttpResponse<String> get(String url, String bearerToken) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "application/json")
                .GET().build());
    }

    // --- outage and restart ----------------------------------------------------------------------

    /**
     * Stops Keycloak as an outage would, keeping the run: SIGTERM to its own PID (only if that process
     * is still this run's Keycloak), then waits until it is gone. Its database (realm, users, signing
     * keys) stays, so {@link #restart()} brings the same realm back on the same ports and issuer.
     */
    public synchronized void stopKeepingData() {
        if (closed) {
            throw new IllegalStateException("already closed: " + this);
        }
        long pid = pid();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(this::isThisRunsKeycloak);
        if (process.isEmpty()) {
            return;
        }
        process.get().destroy(); // SIGTERM; kc.sh passes it on to Keycloak's JVM and waits for it
        try {
            process.get().onExit().get(90, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Keycloak (PID " + pid + ") did not stop within 90 s after SIGTERM");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping Keycloak", e);
        }
    }

    /** Whether this Keycloak's process is running (its PID, still this run's kc.sh). */
    public boolean isRunning() {
        return ProcessHandle.of(pid()).filter(this::isThisRunsKeycloak).filter(ProcessHandle::isAlive).isPresent();
    }

    /**
     * Starts this run's Keycloak again ({@code keycloak.sh restart}): same database, ports and issuer,
     * stopping it first if it still runs. Waits until it is ready; {@link #pid()},
     * {@link #startSeconds()} and {@link #startKind()} then describe the new start.
     */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("already closed: " + this);
        }
        Path output = runDir.resolveSibling("restart-output.log");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "restart", runDir.toString())
                .directory(script.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("KEYCLOAK_WATCH_PID", Long.toString(ProcessHandle.current().pid()));
        env = runScript(builder, "restart", output, runDir);
    }

    /** The process is kc.sh of this run's home (guards against a reused PID). */
    private boolean isThisRunsKeycloak(ProcessHandle process) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"),
                    StandardCharsets.UTF_8).replace('\0', ' ');
            return cmdline.contains(runDir.toRealPath().resolve("home/bin").toString());
        } catch (IOException gone) {
            return false;
        }
    }

    // --- stop -------------------------------------------------------------------------------------

    /** Stops Keycloak: {@code keycloak.sh stop} sends SIGTERM to its PID and waits. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
        try {
            Process process = new ProcessBuilder("bash", script.toString(), "stop", runDir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException("keycloak.sh stop " + runDir + " did not finish in 90 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keycloak.sh stop " + runDir + " exited " + process.exitValue());
            }
            if (!"true".equals(System.getenv("SAMVERKA_KEEP_KEYCLOAK_RUN"))) {
                deleteRecursively(runDir.getParent()); // the log, the env file (with secrets), the script's output
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop Keycloak of " + runDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping Keycloak", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (RuntimeException ignored) {
            // the JVM is going down; the script's watchdog is the second line
        }
    }

    @Override
    public String toString() {
        return "Keycloak " + env.getOrDefault("KEYCLOAK_VERSION", "?") + " at " + env.get("KEYCLOAK_URL")
                + " (PID " + env.get("KEYCLOAK_PID") + ", run " + runDir + ")";
    }
}
