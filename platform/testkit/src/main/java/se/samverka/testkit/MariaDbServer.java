package se.samverka.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the machine's packages that a test owns: a fresh data folder, a free port, ended by
 * its own PID. A fault test stops it ({@link #stop()}, as an operator's restart does), freezes it
 * ({@link #freeze()}, a server that hangs or a network that drops packets) and starts it again on the same
 * data and port. Never the machine's own server: other tests and people use that one. Without
 * {@code mariadbd} installed it fails, it never skips.
 */
public final class MariaDbServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final Path mariadbd;
    private final int port;
    private final DatabaseServer server;
    private Process process;

    private MariaDbServer(Path dir, Path mariadbd, int port) {
        this.dir = dir;
        this.mariadbd = mariadbd;
        this.port = port;
        this.server = new DatabaseServer("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
    }

    /** A new server in a fresh folder on a free port, started and answering. */
    public static MariaDbServer start() {
        Path mariadbd = binary();
        try {
            Path dir = Files.createTempDirectory("samverka-own-mariadb-");
            Path installDb = mariadbd.getParent().getParent().resolve("bin/mariadb-install-db");
            if (!Files.isExecutable(installDb)) {
                installDb = Path.of("/usr/bin/mariadb-install-db");
            }
            run(List.of(installDb.toString(), "--no-defaults", "--auth-root-authentication-method=normal",
                    "--user=" + System.getProperty("user.name"), "--datadir=" + dir.resolve("data"), "--skip-test-db"),
                    dir.resolve("install.log"));
            MariaDbServer own = new MariaDbServer(dir, mariadbd, FreePorts.next());
            Runtime.getRuntime().addShutdownHook(new Thread(own::close));
            own.startAgain();
            return own;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare a MariaDB data folder", e);
        }
    }

    /** The machine's {@code mariadbd}; an AssertionError (a failure, not a skip) when there is none. */
    static Path binary() {
        for (String candidate : List.of("/usr/sbin/mariadbd", "/usr/bin/mariadbd", "/usr/sbin/mysqld")) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        throw new AssertionError("This test starts and stops its own MariaDB server: install it "
                + "(apt-get install mariadb-server; `bash .ci/run` does) so that /usr/sbin/mariadbd exists");
    }

    /** Starts the server (again) on its data folder and port and waits until it answers. */
    public void startAgain() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("MariaDB is already running (pid " + process.pid() + ")");
        }
        List<String> command = new ArrayList<>(List.of(mariadbd.toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--port=" + port,
                "--bind-address=127.0.0.1", "--skip-name-resolve",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--innodb-buffer-pool-size=128M", "--innodb-flush-log-at-trx-commit=2"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mariadb.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mariadbd, e);
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB ended at start:\n" + log());
            }
            try {
                server.execute("SELECT 1");
                return;
            } catch (IllegalStateException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("MariaDB did not answer within " + START_TIMEOUT + ":\n" + log());
    }

    /** Stops the server as an operator does (SIGTERM to its PID: it closes its connections) and waits for its end. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Freezes the server (SIGSTOP): connections stay open and nothing answers, as with a hung server or lost packets. */
    public void freeze() {
        signal("STOP");
    }

    /** Lets a frozen server go on (SIGCONT). */
    public void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    DatabaseServer server() {
        return server;
    }

    /** A fresh database on this server, for a portal. */
    public TestDatabase createDatabase() {
        return TestDatabase.createOn(server);
    }

    /** Runs a statement as root, e.g. a global setting or a trigger a test needs. */
    public void execute(String sql) {
        server.execute(sql);
    }

    public String log() {
        try {
            return Files.readString(dir.resolve("mariadb.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            thaw(); // a frozen server does not end on SIGTERM
            stop();
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
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
