package se.samverka.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts the portal: one process, one port, Vaadin UI and REST API together. With
 * {@code SAMVERKA_MIGRATE_ONLY=true} it only migrates the database (platform and modules) and applies
 * the tenant files, then exits: the Helm chart's optional migrations job runs it once per release.
 */
public final class SamverkaApplication {

    private SamverkaApplication() {
    }

    public static void main(String[] args) {
        routeLogging();
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

    /**
     * Logging set up before anything else runs: SLF4J initialised on this one thread (a first log call
     * from a second thread while it initialises makes SLF4J print replay warnings), and java.util.logging
     * (Tomcat's) handed to SLF4J, so every component writes one format; {@code SAMVERKA_LOG_FORMAT=json}
     * chooses JSON lines (logback-json.xml) for Kubernetes' log collectors.
     */
    static void routeLogging() {
        if ("json".equalsIgnoreCase(System.getenv("SAMVERKA_LOG_FORMAT")) && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
        LoggerFactory.getILoggerFactory();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** The context without the HTTP server: Flyway and the platform's start-up run, nothing is served. */
    static void migrate(java.util.Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.builder(SamverkaApplication.class).properties(properties).start()) {
            context.getEnvironment();
        }
    }
}
