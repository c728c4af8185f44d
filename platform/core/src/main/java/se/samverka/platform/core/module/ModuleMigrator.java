package se.samverka.platform.core.module;

import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.api.module.ModuleManifest;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;

/** Runs each module's own migrations into its own history table, so modules version independently. */
@Singleton
public class ModuleMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleMigrator.class);

    private final DataSource dataSource;

    ModuleMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void migrate(ModuleManifest module) {
        module.migrations().ifPresent(location -> {
            var result = Flyway.configure(module.getClass().getClassLoader())
                    .dataSource(DelegatingDataSource.unwrapDataSource(dataSource))
                    .locations(location)
                    .table(historyTable(module.id()))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info("Module {}: {} migration(s) applied from {}", module.id(), result.migrationsExecuted, location);
        });
    }

    public static String historyTable(String moduleId) {
        return "flyway_history_" + moduleId.replace('-', '_');
    }
}
