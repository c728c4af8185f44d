package se.samverka.testkit.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Server-side response times of one operation: warmed up first, then timed call by call (a module's benchmark). */
public record Timing(String name, int iterations, double p50, double p95, double max, double targetMillis) {

    public static Timing of(String name, int warmUp, int iterations, double targetMillis, Runnable operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.run();
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            operation.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(name, iterations, percentile(millis, 50), percentile(millis, 95), millis[iterations - 1], targetMillis);
    }

    /** Nearest-rank percentile of sorted values. */
    public static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public boolean meetsTarget() {
        return p95 < targetMillis;
    }

    public String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | < %.0f | %s |",
                name, iterations, p50, p95, max, targetMillis, meetsTarget() ? "yes" : "**no**");
    }
}
