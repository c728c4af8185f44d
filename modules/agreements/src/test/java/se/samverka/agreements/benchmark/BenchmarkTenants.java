package se.samverka.agreements.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's tenants and how many agreements each has: spread like reality, a few big regions
 * and many small municipalities (Zipf: the tenant of rank r gets a share proportional to 1/r).
 * They are written as tenant files, so that the platform itself creates them at start-up and
 * enables the module for them, exactly as for real tenants.
 */
record BenchmarkTenants(List<Tenant> all) {

    /** Sweden has 21 regions; here they are the largest tenants. */
    static final int REGIONS = 21;

    record Tenant(String id, String name, boolean region, int agreements) {
        String officer() {
            return "officer." + id;
        }
    }

    static BenchmarkTenants of(int tenants, int agreements) {
        double harmonic = 0;
        for (int rank = 1; rank <= tenants; rank++) {
            harmonic += 1.0 / rank;
        }
        List<Tenant> all = new ArrayList<>();
        int assigned = 0;
        for (int rank = 1; rank <= tenants; rank++) {
            int count = (int) Math.max(1, Math.round(agreements / harmonic / rank));
            assigned += count;
            boolean region = rank <= REGIONS;
            String id = String.format(Locale.ROOT, "bench-%03d", rank);
            String name = region ? String.format(Locale.ROOT, "Region Bänk %03d", rank)
                    : String.format(Locale.ROOT, "Bänk %03d kommun", rank);
            all.add(new Tenant(id, name, region, count));
        }
        // rounding: the largest tenant absorbs the difference so that the total is exact
        Tenant first = all.get(0);
        all.set(0, new Tenant(first.id(), first.name(), true, first.agreements() + agreements - assigned));
        return new BenchmarkTenants(List.copyOf(all));
    }

    Tenant largest() {
        return all.get(0);
    }

    Tenant smallest() {
        return all.get(all.size() - 1);
    }

    int agreements() {
        return all.stream().mapToInt(Tenant::agreements).sum();
    }

    /** A folder of tenant files, one per tenant, each with the agreements module enabled. */
    Path writeTenantFiles() {
        try {
            Path dir = Files.createTempDirectory("samverka-bench-tenants-");
            for (Tenant t : all) {
                Files.writeString(dir.resolve(t.id() + ".yaml"), """
                        id: %s
                        name: %s
                        kind: %s
                        hosts:
                          - %s.localhost
                        locale: sv
                        brandColour: "#00558C"
                        modules: [agreements]
                        """.formatted(t.id(), t.name(), t.region() ? "region" : "municipality", t.id()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
