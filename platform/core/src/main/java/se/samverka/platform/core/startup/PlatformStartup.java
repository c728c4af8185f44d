package se.samverka.platform.core.startup;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.core.module.ModuleMigrator;
import se.samverka.platform.core.module.ModuleRegistry;
import se.samverka.platform.core.security.DemoUsers;
import se.samverka.platform.core.tenant.TenantDefinition;
import se.samverka.platform.core.tenant.TenantDirectory;
import se.samverka.platform.core.tenant.TenantFileException;
import se.samverka.platform.core.tenant.TenantFileLoader;
import se.samverka.platform.core.tenant.TenantSync;

import java.nio.file.Path;
import java.util.List;

/**
 * Start-up in a fixed order, before the server takes requests: refuse an unsafe production
 * configuration, read and validate every tenant file, check that every module a file names is
 * installed, migrate the modules, then apply the tenants in one transaction. Any failure stops
 * start-up with a message that names what to fix.
 */
@Context
public class PlatformStartup {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformStartup.class);
    static final String EMBEDDED_SECRET_PREFIX = "embedded-default-session-secret";

    PlatformStartup(Environment environment, DemoUsers demoUsers,
                    @Value("${samverka.session.secret}") String sessionSecret,
                    @Value("${samverka.tenants-dir}") String tenantsDir,
                    @Value("${samverka.oidc.issuer:}") String oidcIssuer,
                    @Value("${samverka.oidc.client-secret:}") String oidcClientSecret,
                    ModuleRegistry modules, ModuleMigrator migrator, TenantSync sync, TenantDirectory directory) {
        if (environment.getActiveNames().contains("prod")) {
            if (demoUsers.enabled()) {
                throw new IllegalStateException("Refusing to start: demo users are enabled in the prod environment "
                        + "(set samverka.demo-users.enabled=false)");
            }
            if (oidcIssuer.isBlank() || oidcClientSecret.isBlank()) {
                throw new IllegalStateException("Refusing to start: the prod environment signs in through Keycloak; "
                        + "set OIDC_ISSUER (e.g. https://keycloak.example.se/realms/samverka), OIDC_CLIENT_ID and OIDC_CLIENT_SECRET");
            }
            if (sessionSecret.startsWith(EMBEDDED_SECRET_PREFIX) || sessionSecret.length() < 32) {
                throw new IllegalStateException("Refusing to start: SAMVERKA_SESSION_SECRET must be set to a random "
                        + "secret of at least 32 characters in the prod environment");
            }
        }
        Path folder = Path.of(tenantsDir).toAbsolutePath().normalize();
        List<TenantDefinition> tenants = new TenantFileLoader().load(folder);
        for (TenantDefinition tenant : tenants) {
            for (String module : tenant.modules()) {
                if (!modules.isInstalled(module)) {
                    throw new TenantFileException(tenant.source(), "modules",
                            "names module '" + module + "', which is not installed (installed: "
                                    + modules.all().stream().map(ModuleManifest::id).toList() + ")");
                }
            }
        }
        modules.all().forEach(migrator::migrate);
        sync.apply(tenants);
        directory.reload();
        LOG.info("Samverka: {} tenant(s) from {}, {} module(s) installed{}", tenants.size(), folder,
                modules.all().size(), demoUsers.enabled() ? ", demo users enabled (password 'demo')" : "");
    }
}
