package se.samverka.testkit.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** What the figures were measured on: they mean little without it. */
public record Machine(String cpu, int cores, String memory, String jdk, String database, String bufferPool) {

    public static Machine describe(Connection connection) throws SQLException {
        return new Machine(procLine("/proc/cpuinfo", "model name"), Runtime.getRuntime().availableProcessors(),
                totalMemory(), System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)",
                query(connection, "SELECT VERSION()"),
                Long.parseLong(query(connection, "SELECT @@innodb_buffer_pool_size")) / (1024 * 1024) + " MiB");
    }

    public String markdown() {
        return """
                | machine | |
                |---|---|
                | CPU | %s |
                | cores | %d |
                | RAM | %s |
                | JDK | %s |
                | database | %s, InnoDB buffer pool %s |
                """.formatted(cpu, cores, memory, jdk, database, bufferPool);
    }

    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String totalMemory() {
        String kib = procLine("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", "");
        return kib.isEmpty() ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kib) / 1024.0 / 1024.0);
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    public static String query(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
