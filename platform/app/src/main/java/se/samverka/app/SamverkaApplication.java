package se.samverka.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

/**
 * Starts the portal: one process, one port, Vaadin UI and REST API together. With
 * {@code SAMVERKA_MIGRATE_ONLY=true} it only migrates the database (platform and modules) and applies
 * the tenant files, then exits: the Helm chart's optional migrations job runs it once per release.
 */
public final class SamverkaApplication {

    private SamverkaApplication() {
    }

    public static void main(String[] args) {
        if (Boolean.parseBoolean(System.getenv("SAMVERKA_MIGRATE_ONLY"))) {
            migrate(java.util.Map.of());
            System.out.println("Samverka: database migrated and tenants applied; exiting (SAMVERKA_MIGRATE_ONLY)");
            return;
        }
        Micronaut.build(args)
                .mainClass(SamverkaApplication.class)
                .banner(false)
                .start();
    }

    /** The context without the HTTP server: Flyway and the platform's start-up run, nothing is served. */
    static void migrate(java.util.Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.builder(SamverkaApplication.class).properties(properties).start()) {
            context.getEnvironment();
        }
    }
}
