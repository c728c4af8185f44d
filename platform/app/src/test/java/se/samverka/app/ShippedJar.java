package se.samverka.app;

import se.samverka.testkit.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped artifact, {@code platform/app/target/samverka.jar}, started as a separate process the
 * way {@code platform/app/Dockerfile} starts it: its {@code ENTRYPOINT} and its {@code JAVA_TOOL_OPTIONS},
 * read from the Dockerfile itself, with the JDK running the tests. Nothing of the test's classpath
 * reaches it, so a dependency that only the tests have shows here as the failure users would see.
 *
 * <p>The environment is the operator's: the test's own {@code MICRONAUT_*}, {@code DATASOURCES_*},
 * {@code SAMVERKA_*}, {@code OIDC_*} and {@code JAVAMAIL_*} variables are not inherited, only what the
 * test gives. Stopped by SIGTERM to its own PID ({@link #stop()}), as Kubernetes stops a pod.
 */
final class ShippedJar implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** The Helm chart's terminationGracePeriodSeconds: a pod that takes longer is killed. */
    static final Duration CHART_GRACE_PERIOD = Duration.ofSeconds(40);
    private static final List<String> OPERATOR_PREFIXES = List.of("MICRONAUT_", "DATASOURCES_", "SAMVERKA_", "OIDC_",
            "JAVAMAIL_", "FLYWAY_", "ENDPOINTS_", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Path workDir;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private Process process;
    private long startMillis;
    private int starts;

    private ShippedJar(Path workDir, int port, Map<String, String> environment) {
        this.workDir = workDir;
        this.port = port;
        this.environment = environment;
        this.log = workDir.resolve("portal.log");
    }

    /**
     * Starts the jar in {@code workDir} (its working directory, as the image's) on a free port with
     * the given environment, and waits until {@code /health/readiness} answers 200.
     */
    static ShippedJar start(Path workDir, Map<String, String> environment) {
        return start(workDir, FreePorts.next(), environment);
    }

    static ShippedJar start(Path workDir, int port, Map<String, String> environment) {
        ShippedJar jar = new ShippedJar(workDir, port, Map.copyOf(environment));
        jar.launch();
        try {
            jar.awaitReady();
        } catch (RuntimeException | AssertionError e) {
            jar.close();
            throw e;
        }
        return jar;
    }

    /** The jar the build packaged; fails (never skips) when it is missing. */
    static Path artifact() {
        Path jar = Path.of(System.getProperty("samverka.jar", "target/samverka.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("The shipped jar is missing: " + jar + " (these tests run after `package`, "
                    + "e.g. `mvn -B verify`)");
        }
        return jar;
    }

    static Path repositoryRoot() {
        String root = System.getProperty("samverka.repository.root");
        Path dir = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("platform/app/Dockerfile"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("No repository root with platform/app/Dockerfile above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Starts the same jar again in the same working directory and environment (a restart of the pod). */
    void restart() {
        stop();
        launch();
        awaitReady();
    }

    private void launch() {
        List<String> command = dockerfileCommand();
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> OPERATOR_PREFIXES.stream().anyMatch(name::startsWith));
        env.putAll(dockerfileEnvironment());
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.putAll(environment);
        try {
            Files.writeString(log, "\n=== start " + (++starts) + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            long began = System.nanoTime();
            process = builder.start();
            startMillis = -began; // completed in awaitReady
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    private void awaitReady() {
        long began = -startMillis;
        long deadline = began + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The shipped jar ended with exit code " + process.exitValue()
                        + " before it was ready:\n" + logTail(80));
            }
            if (status("/health/readiness") == 200) {
                startMillis = (System.nanoTime() - began) / 1_000_000;
                System.out.printf("Shipped jar ready (start %d) after %d ms: %s%n", starts, startMillis, uri());
                return;
            }
            sleep(100);
        }
        throw new AssertionError("The shipped jar did not answer /health/readiness with 200 within " + START_TIMEOUT
                + ":\n" + logTail(80));
    }

    /** The HTTP status of a GET, or -1 if nothing answers. */
    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri().resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(path)).timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A file the portal serves (an export), as its bytes. */
    HttpResponse<byte[]> download(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SIGTERM to the process, as Kubernetes sends it; waits up to the chart's grace period.
     * The exit code, or an AssertionError when it had to be killed.
     */
    Stopped stop() {
        if (process == null || !process.isAlive()) {
            return new Stopped(process == null ? 0 : process.exitValue(), 0);
        }
        long began = System.nanoTime();
        process.destroy(); // SIGTERM on Linux
        try {
            if (!process.waitFor(CHART_GRACE_PERIOD.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("The shipped jar did not stop within the chart's grace period ("
                        + CHART_GRACE_PERIOD + ") after SIGTERM:\n" + logTail(40));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
        Stopped stopped = new Stopped(process.exitValue(), (System.nanoTime() - began) / 1_000_000);
        System.out.printf("Shipped jar stopped by SIGTERM in %d ms, exit code %d%n", stopped.millis(), stopped.exitCode());
        return stopped;
    }

    record Stopped(int exitCode, long millis) {
    }

    URI uri() {
        return URI.create("http://localhost:" + port + "/");
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Milliseconds from the process's start to the first 200 of {@code /health/readiness}. */
    long startMillis() {
        return startMillis;
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(CHART_GRACE_PERIOD.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    // --- the Dockerfile ------------------------------------------------------------------------------

    private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT\\s+\\[(.*)]\\s*$");
    private static final Pattern JSON_STRING = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern ENV_ASSIGNMENT = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\"[^\"]*\"|\\S+)");
    private static final String IMAGE_JAR = "/opt/samverka/samverka.jar";

    /** The Dockerfile's ENTRYPOINT, with this build's jar and the test's JDK in place of the image's. */
    static List<String> dockerfileCommand() {
        Matcher entrypoint = ENTRYPOINT.matcher(dockerfile());
        if (!entrypoint.find()) {
            throw new AssertionError("platform/app/Dockerfile has no ENTRYPOINT in exec form");
        }
        List<String> command = new ArrayList<>();
        Matcher part = JSON_STRING.matcher(entrypoint.group(1));
        while (part.find()) {
            command.add(part.group(1));
        }
        if (command.isEmpty() || !"java".equals(command.get(0)) || !command.contains(IMAGE_JAR)) {
            throw new AssertionError("The Dockerfile's ENTRYPOINT is not `java … -jar " + IMAGE_JAR + "`: " + command);
        }
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.set(command.indexOf(IMAGE_JAR), artifact().toString());
        return command;
    }

    /** The Dockerfile's JVM options (ENV JAVA_TOOL_OPTIONS); its other ENV lines are the test's to give. */
    static Map<String, String> dockerfileEnvironment() {
        String joined = dockerfile().replace("\\\n", " ");
        Map<String, String> env = new HashMap<>();
        for (String line : joined.lines().filter(l -> l.startsWith("ENV ")).toList()) {
            Matcher assignment = ENV_ASSIGNMENT.matcher(line.substring(4));
            while (assignment.find()) {
                if (assignment.group(1).equals("JAVA_TOOL_OPTIONS")) {
                    env.put("JAVA_TOOL_OPTIONS", assignment.group(2).replace("\"", ""));
                }
            }
        }
        return env;
    }

    private static String dockerfile() {
        try {
            return Files.readString(repositoryRoot().resolve("platform/app/Dockerfile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
