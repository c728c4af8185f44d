package se.samverka.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.core.api.ApiDocumentationMerge;
import se.samverka.platform.core.module.ModuleRegistry;
import se.samverka.testkit.PortalTestServer;
import se.samverka.testkit.architecture.ModuleConventions;
import se.samverka.testkit.architecture.ModuleRules;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module the app assembles obeys the module contract: it sees only the platform api, not the
 * core and not another module, writes no query that escapes the tenant filter, keeps its tables, views and
 * API under its id, and its feature packages have no cycles.
 */
class InstalledModulesRespectTheContractTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samverka");

    /** A module is the package of a class that implements the manifest, outside the platform. */
    static final List<String> MODULES = CLASSES.stream()
            .filter(c -> c.isAssignableTo(ModuleManifest.class) && !c.isInterface())
            .map(JavaClass::getPackageName)
            .filter(p -> !p.startsWith("se.samverka.platform"))
            .distinct().sorted().toList();

    static PortalTestServer portal;

    @BeforeAll
    static void start() {
        portal = PortalTestServer.start(PortalTestServer.repositoryTenants(), Map.of());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** The manifests of the modules, as the portal assembled them. */
    static List<ModuleManifest> manifests() {
        return portal.bean(ModuleRegistry.class).all();
    }

    static String packageOf(ModuleManifest manifest) {
        return manifest.getClass().getPackageName();
    }

    @Test
    void theAppAssemblesTheModules() {
        assertThat(MODULES).contains("se.samverka.agreements");
    }

    @Test
    void eachModuleSeesOnlyThePlatformApiAndScopesEveryQuery() {
        for (String module : MODULES) {
            ModuleRules.onlyPlatformApi(module).check(CLASSES);
            ModuleRules.noUnscopedQueries(module + "..").check(CLASSES);
        }
    }

    @Test
    void noModuleSeesAnother() {
        for (String a : MODULES) {
            for (String b : MODULES) {
                if (!a.equals(b)) {
                    ModuleRules.independent(a, b).check(CLASSES);
                }
            }
        }
    }

    @Test
    void theInstalledModulesApiDocumentsMergeIntoOneWithoutTwoSchemasUnderOneName() {
        String document = portal.bean(ApiDocumentationMerge.class).document();
        for (String module : MODULES) {
            String id = module.substring(module.lastIndexOf('.') + 1);
            assertThat(document).as("the document has module " + id + "'s paths").contains("/api/v1/tenants/{tenant}/" + id);
        }
    }

    @Test
    void everyModulesTablesArePrefixedWithItsIdAndTenantScoped() {
        assertThat(manifests()).extracting(ModuleManifest::id).contains("agreements");
        for (ModuleManifest module : manifests()) {
            ModuleConventions.migrationsCreatePrefixedTenantTables(module);
            ModuleConventions.entitiesArePrefixedAndTenantScoped(packageOf(module), module.id()).check(CLASSES);
        }
    }

    @Test
    void everyModulesViewsAndApiAreUnderItsId() {
        for (ModuleManifest module : manifests()) {
            ModuleConventions.routesUnderTheModule(module);
            ModuleConventions.apiUnderTheModule(packageOf(module), module.id()).check(CLASSES);
        }
    }

    @Test
    void noModuleHasCyclesBetweenItsFeaturePackages() {
        for (ModuleManifest module : manifests()) {
            ModuleConventions.noPackageCycles(packageOf(module)).check(CLASSES);
        }
    }
}
