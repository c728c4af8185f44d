package se.samverka.app.load;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens N concurrent Vaadin UI sessions against a running portal over plain HTTP, the way the
 * browser does it (observed with headless Chromium against Vaadin 24.9.5 in production mode), and
 * keeps them alive with heartbeats for a while:
 * <ol>
 *   <li>{@code POST /auth/login} (form: username, password) → 303 and the {@code samverka_session} cookie;</li>
 *   <li>{@code GET /} → the bootstrap page (index.html, no initial UIDL: eager server load is off);</li>
 *   <li>{@code GET /?v-r=init&location=&query=} → JSON with {@code appConfig.v-uiId} and
 *       {@code appConfig.uidl} holding {@code Vaadin-Security-Key} (the CSRF token), {@code syncId}
 *       and {@code clientId};</li>
 *   <li>{@code POST /?v-r=uidl&v-uiId=ID} with the client's {@code ui-navigate} event on the UI's root
 *       node (node 1), which makes the server create and render the route (the dashboard for "");</li>
 *   <li>{@code POST /?v-r=heartbeat&v-uiId=ID} (empty body) every few seconds while the sessions are held.</li>
 * </ol>
 * Every response is checked (status, content type, UIDL without {@code meta.sessionExpired} /
 * {@code meta.appError}, the expected element id in the rendered UIDL) and failures are counted.
 * Static assets are not fetched (a browser has them cached), except the bootstrap page's module
 * script once per run: if it is not served with a JavaScript MIME type a browser would never start
 * the UI, and the summary says so as a WARNING.
 * All loops are bounded and every request has a timeout; only loopback base URLs are accepted.
 *
 * <p>Usage (after {@code mvn -B install -DskipTests}, from the repository root):
 * <pre>
 * mvn -B -q -pl platform/app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.samverka.app.load.UiSessionLoad \
 *     -Dexec.args="http://localhost:8080 100"
 * </pre>
 * Arguments: {@code BASE_URL [SESSIONS=100] [CONCURRENCY=min(SESSIONS,20)] [HOLD_SECONDS=30]
 * [HEARTBEAT_SECONDS=10]} and options {@code --users=a,b,c} (default: every tenant demo user of the
 * embedded default), {@code --password=demo}, {@code --route=} (the route to navigate to, default the
 * dashboard), {@code --expect=dashboard} (an element id the rendered UIDL must contain; empty: no
 * check), {@code --unload} (close the UIs at the end with the browser's unload beacon, as a closed
 * tab does; by default the server-side sessions are left to expire, like a browser that vanished),
 * {@code --timeout=30} (seconds per request). A non-zero failure count ends with an exception, so
 * the Maven command fails.
 */
public final class UiSessionLoad {

    /** The embedded default's tenant demo users (see DemoUsers and tenants/). */
    static final List<String> DEFAULT_USERS = List.of(
            "officer.orust", "officer.almhult", "officer.region-jonkoping", "officer.region-stockholm",
            "admin.orust", "admin.almhult", "admin.region-jonkoping", "admin.region-stockholm",
            "reader.orust", "reader.almhult", "reader.region-jonkoping", "reader.region-stockholm");

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    private static final Pattern APP_SHELL_TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern MODULE_SCRIPT = Pattern.compile("<script type=\"module\"[^>]*src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");
    private static final String UIDL_PREFIX = "for(;;);[";

    private final Options options;
    private final Stats stats = new Stats();
    private final java.util.concurrent.atomic.AtomicBoolean moduleScriptChecked = new java.util.concurrent.atomic.AtomicBoolean();

    private UiSessionLoad(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("UiSessionLoad: " + e.getMessage());
            System.err.println("usage: UiSessionLoad BASE_URL [SESSIONS=100] [CONCURRENCY] [HOLD_SECONDS=30] "
                    + "[HEARTBEAT_SECONDS=10] [--users=a,b] [--password=demo] [--route=] [--expect=dashboard] "
                    + "[--unload] [--timeout=30]");
            throw e;
        }
        Summary summary = new UiSessionLoad(options).run();
        if (summary.failures() > 0) {
            throw new IllegalStateException("UiSessionLoad: " + summary.failures() + " failure(s), "
                    + summary.opened() + "/" + options.sessions + " sessions opened");
        }
    }

    /** The outcome of a run. */
    record Summary(int opened, int failures) {
    }

    Summary run() throws InterruptedException {
        System.out.printf(Locale.ROOT, "UiSessionLoad: %d sessions against %s, concurrency %d, hold %ds, heartbeat every %ds%n",
                options.sessions, options.base, options.concurrency, options.holdSeconds, options.heartbeatSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency, daemonThreads("load"));
        List<UiSession> open = Collections.synchronizedList(new ArrayList<>());
        try {
            // 1. open every session, CONCURRENCY at a time
            long start = System.nanoTime();
            List<Future<?>> opening = new ArrayList<>();
            for (int i = 0; i < options.sessions; i++) {
                String user = options.users.get(i % options.users.size());
                int index = i;
                opening.add(pool.submit(() -> {
                    UiSession session = new UiSession(index, user);
                    if (session.open()) {
                        open.add(session);
                    }
                }));
            }
            awaitAll(opening, deadline((options.sessions / options.concurrency + 1) * 4L * options.timeoutSeconds));
            long openMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "opened %d/%d UI sessions in %d ms (%d failure(s) so far)%n",
                    open.size(), options.sessions, openMillis, stats.failureCount());
            System.out.printf(Locale.ROOT, "ALL SESSIONS OPEN: holding %d sessions for %d s%n", open.size(), options.holdSeconds);
            System.out.flush();

            // 2. keep them alive: a heartbeat for every session at once and then every HEARTBEAT_SECONDS
            //    until HOLD_SECONDS have passed (HEARTBEAT_SECONDS 0: no heartbeats, just hold)
            long holdEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.holdSeconds);
            int rounds = 0;
            while (options.heartbeatSeconds > 0 && !open.isEmpty()) {
                List<Future<?>> beats = new ArrayList<>();
                for (UiSession session : List.copyOf(open)) {
                    beats.add(pool.submit(session::heartbeat));
                }
                awaitAll(beats, deadline((open.size() / options.concurrency + 1) * 2L * options.timeoutSeconds));
                rounds++;
                long next = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.heartbeatSeconds);
                if (next >= holdEnd) {
                    break;
                }
                sleepUntil(next);
            }
            sleepUntil(holdEnd);

            // 3. optionally close the UIs as a closed browser tab does
            if (options.unload) {
                List<Future<?>> unloads = new ArrayList<>();
                for (UiSession session : List.copyOf(open)) {
                    unloads.add(pool.submit(session::unload));
                }
                awaitAll(unloads, deadline((open.size() / options.concurrency + 1) * 2L * options.timeoutSeconds));
            }
            System.out.printf(Locale.ROOT, "heartbeat rounds: %d%n", rounds);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(options.timeoutSeconds, TimeUnit.SECONDS);
        }
        stats.print(System.out, open.size(), options.sessions);
        return new Summary(open.size(), stats.failureCount());
    }

    /** One browser tab: its own cookie jar and HTTP client, one Vaadin UI. */
    private final class UiSession {

        private final int index;
        private final String user;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
        private final HttpClient http;
        private int uiId = -1;
        private String csrfToken;
        private int syncId;
        private int clientId;
        private String appShellTitle = "";

        UiSession(int index, String user) {
            this.index = index;
            this.user = user;
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER) // never leave the base URL
                    .connectTimeout(Duration.ofSeconds(options.timeoutSeconds))
                    .build();
        }

        boolean open() {
            try {
                return login() && bootstrap() && init() && navigate();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private boolean login() throws InterruptedException {
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(options.password, StandardCharsets.UTF_8);
            HttpResponse<String> response = send("login", request("/auth/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (response == null) {
                return false;
            }
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 303 || location.contains("/login")) {
                return fail("login", "sign-in refused: status " + response.statusCode() + ", Location " + location);
            }
            boolean hasCookie = cookies.getCookieStore().getCookies().stream()
                    .map(HttpCookie::getName).anyMatch("samverka_session"::equals);
            return hasCookie || fail("login", "no samverka_session cookie set");
        }

        private boolean bootstrap() throws InterruptedException {
            HttpResponse<String> response = send("bootstrap", request("/").header("Accept", "text/html").GET());
            if (response == null) {
                return false;
            }
            if (response.statusCode() != 200) {
                return fail("bootstrap", "status " + response.statusCode() + ": " + head(response.body()));
            }
            String body = response.body();
            if (!body.contains("window.Vaadin") || !body.contains("/VAADIN/build/")) {
                return fail("bootstrap", "not the Vaadin bootstrap page: " + head(body));
            }
            Matcher title = APP_SHELL_TITLE.matcher(body);
            appShellTitle = title.find() ? title.group(1) : "";
            Matcher module = MODULE_SCRIPT.matcher(body);
            if (module.find() && moduleScriptChecked.compareAndSet(false, true)) {
                checkModuleScript(module.group(1));
            }
            return true;
        }

        /**
         * Once per run: a browser refuses a module script that is not served with a JavaScript MIME
         * type, and then never gets as far as the init request. This script does not need the bundle,
         * so a wrong type is reported as a warning, not as a failed session.
         */
        private void checkModuleScript(String path) throws InterruptedException {
            HttpResponse<String> response = send("static", request("/" + path).GET());
            if (response == null) {
                return;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200) {
                stats.warn("the bootstrap page's module script /" + path + " answers " + response.statusCode());
            } else if (!type.startsWith("text/javascript") && !type.startsWith("application/javascript")) {
                stats.warn("the bootstrap page's module script /" + path + " is served with Content-Type '" + type
                        + "': a browser refuses to run it (strict MIME checking for module scripts) and the UI never starts");
            }
        }

        private boolean init() throws InterruptedException {
            HttpResponse<String> response = send("init", request("/?v-r=init&location="
                    + URLEncoder.encode(options.route, StandardCharsets.UTF_8).replace("+", "%20") + "&query=").GET());
            if (response == null) {
                return false;
            }
            String body = response.body();
            if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").contains("application/json")) {
                return fail("init", "status " + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                        + ": " + head(body));
            }
            Matcher ui = UI_ID.matcher(body);
            Matcher csrf = CSRF.matcher(body);
            Matcher sync = SYNC_ID.matcher(body);
            Matcher client = CLIENT_ID.matcher(body);
            if (!ui.find() || !csrf.find() || !sync.find() || !client.find()) {
                return fail("init", "no v-uiId / Vaadin-Security-Key / syncId / clientId in " + head(body));
            }
            uiId = Integer.parseInt(ui.group(1));
            csrfToken = csrf.group(1);
            syncId = Integer.parseInt(sync.group(1));
            clientId = Integer.parseInt(client.group(1));
            return true;
        }

        /** The client's first navigation: the {@code ui-navigate} DOM event on the UI's root node. */
        private boolean navigate() throws InterruptedException {
            String rpc = "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + json(options.route)
                    + ",\"query\":\"\",\"appShellTitle\":" + json(appShellTitle)
                    + ",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]";
            String body = uidl(rpc);
            if (body == null) {
                return false;
            }
            if (!options.expect.isEmpty() && !body.contains("\"value\":\"" + options.expect + "\"")) {
                return fail("uidl", "rendered UIDL has no element with id '" + options.expect + "' (" + user + "): " + head(body));
            }
            return true;
        }

        /** Sends one UIDL message as the flow client does and checks the answer; returns its body or null. */
        private String uidl(String rpc) throws InterruptedException {
            String payload = "{\"csrfToken\":" + json(csrfToken) + ",\"rpc\":" + rpc + ",\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> response = send("uidl", request("/?v-r=uidl&v-uiId=" + uiId)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(payload)));
            if (response == null) {
                return null;
            }
            String body = response.body();
            if (response.statusCode() != 200) {
                fail("uidl", "status " + response.statusCode() + ": " + head(body));
                return null;
            }
            if (!body.startsWith(UIDL_PREFIX)) {
                fail("uidl", "not a UIDL response: " + head(body));
                return null;
            }
            if (body.contains("\"sessionExpired\"") || body.contains("\"appError\"")) {
                fail("uidl", "server answered with a meta error (" + user + "): " + head(body));
                return null;
            }
            Matcher sync = SYNC_ID.matcher(body);
            Matcher client = CLIENT_ID.matcher(body);
            if (!sync.find() || !client.find()) {
                fail("uidl", "no syncId/clientId in " + head(body));
                return null;
            }
            syncId = Integer.parseInt(sync.group(1));
            clientId = Integer.parseInt(client.group(1));
            return body;
        }

        void heartbeat() {
            try {
                HttpResponse<String> response = send("heartbeat", request("/?v-r=heartbeat&v-uiId=" + uiId)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.noBody()));
                if (response != null && response.statusCode() != 200) {
                    fail("heartbeat", "status " + response.statusCode() + " (" + user + "): " + head(response.body()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The browser's unload beacon: closes the UI on the server. */
        void unload() {
            String payload = "{\"csrfToken\":" + json(csrfToken) + ",\"rpc\":[],\"UNLOAD\":true}";
            try {
                HttpResponse<String> response = send("unload", request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(payload)));
                if (response != null && response.statusCode() != 200) {
                    fail("unload", "status " + response.statusCode());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private HttpRequest.Builder request(String pathAndQuery) {
            return HttpRequest.newBuilder(options.base.resolve(pathAndQuery))
                    .timeout(Duration.ofSeconds(options.timeoutSeconds))
                    .header("User-Agent", "Samverka-UiSessionLoad")
                    .header("Accept-Language", "sv,en;q=0.8");
        }

        /** Sends and times a request; a transport error or timeout counts as a failure and gives null. */
        private HttpResponse<String> send(String kind, HttpRequest.Builder builder) throws InterruptedException {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                stats.record(kind, System.nanoTime() - start);
                return response;
            } catch (java.io.IOException e) {
                stats.record(kind, System.nanoTime() - start);
                fail(kind, e.getClass().getSimpleName() + ": " + e.getMessage());
                return null;
            }
        }

        private boolean fail(String kind, String message) {
            stats.fail(kind, "session " + index + " (" + user + "): " + message);
            return false;
        }
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String head(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static long deadline(long seconds) {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(seconds, 1));
    }

    private void awaitAll(List<Future<?>> futures, long deadlineNanos) throws InterruptedException {
        for (Future<?> future : futures) {
            long left = deadlineNanos - System.nanoTime();
            try {
                future.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                stats.fail("deadline", "a task did not finish before the run's deadline");
            } catch (java.util.concurrent.ExecutionException e) {
                stats.fail("error", String.valueOf(e.getCause()));
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Latencies per request kind and failures per kind (with the first few messages). */
    static final class Stats {

        private static final List<String> ORDER = List.of("login", "bootstrap", "static", "init", "uidl", "heartbeat", "unload");
        private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> messages = new ConcurrentLinkedQueue<>();
        private final AtomicInteger messageCount = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> warnings = new ConcurrentLinkedQueue<>();

        void warn(String message) {
            warnings.add(message);
        }

        void record(String kind, long nanos) {
            latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
        }

        void fail(String kind, String message) {
            failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            if (messageCount.incrementAndGet() <= 10) {
                messages.add(kind + ": " + message);
            }
        }

        int failureCount() {
            return failures.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        void print(java.io.PrintStream out, int opened, int wanted) {
            out.println("---- UiSessionLoad summary ----");
            out.printf(Locale.ROOT, "sessions opened: %d/%d, failures: %d%n", opened, wanted, failureCount());
            out.printf(Locale.ROOT, "%-10s %6s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "max ms", "failed");
            List<String> kinds = new ArrayList<>(ORDER);
            latencies.keySet().stream().filter(k -> !kinds.contains(k)).sorted().forEach(kinds::add);
            failures.keySet().stream().filter(k -> !kinds.contains(k)).sorted().forEach(kinds::add);
            for (String kind : kinds) {
                List<Long> values = new ArrayList<>(latencies.getOrDefault(kind, new ConcurrentLinkedQueue<>()));
                int failed = failures.getOrDefault(kind, new AtomicInteger()).get();
                if (values.isEmpty() && failed == 0) {
                    continue;
                }
                Collections.sort(values);
                out.printf(Locale.ROOT, "%-10s %6d %8.1f %8.1f %8.1f %8d%n", kind, values.size(),
                        percentile(values, 50), percentile(values, 95),
                        values.isEmpty() ? 0.0 : values.get(values.size() - 1) / 1e6, failed);
            }
            warnings.forEach(w -> out.println("WARNING: " + w));
            if (!messages.isEmpty()) {
                out.println("first failures:");
                messages.forEach(m -> out.println("  " + m));
            }
        }

        /** Nearest-rank percentile in milliseconds. */
        static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0.0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.min(Math.max(rank, 1), sorted.size()) - 1) / 1e6;
        }
    }

    /** Command-line options. */
    static final class Options {
        URI base;
        int sessions = 100;
        int concurrency = -1;
        int holdSeconds = 30;
        int heartbeatSeconds = 10;
        int timeoutSeconds = 30;
        List<String> users = DEFAULT_USERS;
        String password = "demo";
        String route = "";
        String expect = "dashboard";
        boolean unload;

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> positional = new ArrayList<>();
            for (String arg : args) {
                if (arg.startsWith("--users=")) {
                    o.users = List.of(arg.substring("--users=".length()).split(","));
                } else if (arg.startsWith("--password=")) {
                    o.password = arg.substring("--password=".length());
                } else if (arg.startsWith("--route=")) {
                    o.route = arg.substring("--route=".length());
                } else if (arg.startsWith("--expect=")) {
                    o.expect = arg.substring("--expect=".length());
                } else if (arg.startsWith("--timeout=")) {
                    o.timeoutSeconds = bounded("--timeout", arg.substring("--timeout=".length()), 1, 300);
                } else if (arg.equals("--unload")) {
                    o.unload = true;
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + arg);
                } else if (!arg.isBlank()) {
                    positional.add(arg);
                }
            }
            if (positional.isEmpty()) {
                throw new IllegalArgumentException("the portal's base URL is required, e.g. http://localhost:8080");
            }
            o.base = loopbackBase(positional.get(0));
            if (positional.size() > 1) {
                o.sessions = bounded("SESSIONS", positional.get(1), 1, 10_000);
            }
            if (positional.size() > 2) {
                o.concurrency = bounded("CONCURRENCY", positional.get(2), 1, 1_000);
            }
            if (positional.size() > 3) {
                o.holdSeconds = bounded("HOLD_SECONDS", positional.get(3), 0, 3_600);
            }
            if (positional.size() > 4) {
                o.heartbeatSeconds = bounded("HEARTBEAT_SECONDS", positional.get(4), 0, 600);
            }
            if (positional.size() > 5) {
                throw new IllegalArgumentException("too many arguments: " + positional);
            }
            if (o.concurrency < 0) {
                o.concurrency = Math.min(o.sessions, 20);
            }
            if (o.users.isEmpty() || o.users.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("--users needs at least one user name");
            }
            return o;
        }

        /** Only http(s) URLs on this machine's loopback interface: a load test never leaves the machine. */
        static URI loopbackBase(String url) {
            URI uri;
            try {
                uri = URI.create(url.endsWith("/") ? url : url + "/");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a URL: " + url);
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || !"/".equals(uri.getRawPath())) {
                throw new IllegalArgumentException("give the portal's root URL without path or query: " + url);
            }
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (!address.isLoopbackAddress()) {
                        throw new IllegalArgumentException("refusing a non-loopback target: " + uri.getHost() + " is " + address);
                    }
                }
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("unknown host " + uri.getHost());
            }
            return uri;
        }

        private static int bounded(String name, String value, int min, int max) {
            int parsed;
            try {
                parsed = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is not a number: " + value);
            }
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
            }
            return parsed;
        }
    }
}
