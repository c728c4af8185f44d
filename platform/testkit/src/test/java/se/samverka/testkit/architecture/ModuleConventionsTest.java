package se.samverka.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import se.samverka.testkit.architecture.bad.BadModule;
import se.samverka.testkit.architecture.good.GoodModule;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module conventions pass a module that keeps them and fail, saying why, for one that does not. */
class ModuleConventionsTest {

    static final JavaClasses CLASSES = new ClassFileImporter().importPackages("se.samverka.testkit.architecture");
    static final String GOOD = "se.samverka.testkit.architecture.good";
    static final String BAD = "se.samverka.testkit.architecture.bad";

    @Test
    void aModuleThatKeepsTheConventionsPasses() {
        assertThatCode(() -> {
            ModuleConventions.migrationsCreatePrefixedTenantTables(new GoodModule());
            ModuleConventions.routesUnderTheModule(new GoodModule());
            ModuleConventions.entitiesArePrefixedAndTenantScoped(GOOD, "good").check(CLASSES);
            ModuleConventions.apiUnderTheModule(GOOD, "good").check(CLASSES);
            ModuleConventions.noPackageCycles(GOOD).check(CLASSES);
        }).doesNotThrowAnyException();
    }

    @Test
    void aTableWithoutThePrefixOrWithoutTheTenantFails() {
        assertThatThrownBy(() -> ModuleConventions.migrationsCreatePrefixedTenantTables(new BadModule()))
                .hasMessageContaining("meeting");
    }

    @Test
    void aViewOutsideTheModuleIdFails() {
        assertThatThrownBy(() -> ModuleConventions.routesUnderTheModule(new BadModule())).hasMessageContaining("meetings");
    }

    @Test
    void anEntityOfAnotherTableOrWithoutTheTenantFails() {
        assertThatThrownBy(() -> ModuleConventions.entitiesArePrefixedAndTenantScoped(BAD, "bad").check(CLASSES))
                .hasMessageContaining("maps meeting").hasMessageContaining("has no @TenantId");
    }

    @Test
    void anApiOutsideTheModuleFails() {
        assertThatThrownBy(() -> ModuleConventions.apiUnderTheModule(BAD, "bad").check(CLASSES))
                .hasMessageContaining("/api/v1/minutes");
    }

    @Test
    void aCycleBetweenFeaturePackagesFails() {
        assertThatThrownBy(() -> ModuleConventions.noPackageCycles(BAD).check(CLASSES)).hasMessageContaining("Cycle");
    }
}
