package se.samverka.platform.core.module;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;
import se.samverka.platform.api.module.NavigationEntry;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.PortalExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the platform does with module manifests: discovery, own migrations, validation. */
class ModuleContractTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @Test
    void theManifestBeansAreDiscovered() {
        assertThat(portal.bean(ModuleRegistry.class).all()).extracting(ModuleManifest::id).containsExactly("alpha", "beta");
    }

    @Test
    void aModulesMigrationsRunIntoItsOwnHistoryTable() throws Exception {
        try (Connection c = portal.database().connect();
             ResultSet alpha = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_history_alpha WHERE success = 1");
             ResultSet platform = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM flyway_history_platform WHERE script LIKE '%alpha%'")) {
            alpha.next();
            platform.next();
            assertThat(alpha.getInt(1)).isGreaterThanOrEqualTo(1);
            assertThat(platform.getInt(1)).as("the module's scripts in the platform's history").isZero();
        }
    }

    @Test
    void theTenantFilesModulesAreEnabledWhenTheTenantIsCreated() {
        ModuleEnablement enablement = portal.bean(ModuleEnablement.class);

        assertThat(enablement.enabledModules("tenant-a")).extracting(ModuleManifest::id).containsExactly("alpha", "beta");
        assertThat(enablement.enabledModules("tenant-b")).extracting(ModuleManifest::id).containsExactly("alpha");
        assertThat(enablement.enabledModules("tenant-c")).isEmpty();
    }

    @Test
    void twoModulesWithOneIdAreRefused() {
        assertThatThrownBy(() -> new ModuleRegistry(List.of(module("gamma"), module("gamma"))))
                .hasMessageContaining("gamma");
    }

    @Test
    void anIdThePlatformUsesIsRefused() {
        assertThatThrownBy(() -> new ModuleRegistry(List.of(module("modules")))).hasMessageContaining("invalid id");
        assertThatThrownBy(() -> new ModuleRegistry(List.of(module("Bad Id")))).hasMessageContaining("invalid id");
    }

    private static ModuleManifest module(String id) {
        return new ModuleManifest() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public LocalizedText name() {
                return new LocalizedText(id, id);
            }

            @Override
            public LocalizedText description() {
                return new LocalizedText(id, id);
            }

            @Override
            public String icon() {
                return "COG";
            }

            @Override
            public List<ModuleRoute> routes() {
                return List.of();
            }

            @Override
            public List<NavigationEntry> navigation() {
                return List.of();
            }
        };
    }
}
