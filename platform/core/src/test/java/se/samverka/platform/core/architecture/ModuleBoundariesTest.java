package se.samverka.platform.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import se.samverka.testkit.architecture.ModuleRules;


/**
 * The module contract, enforced: a module sees only the platform api (never the core, never another
 * module), and writes no query that escapes the platform's tenant filter. The rules are defined once
 * in {@link ModuleRules} and run here over the test modules; the app runs them over the real modules.
 */
class ModuleBoundariesTest {

    static final JavaClasses TEST_MODULES = new ClassFileImporter()
            .importPackages("se.samverka.testmodules");

    @Test
    void testModulesSeeOnlyThePlatformApi() {
        ModuleRules.onlyPlatformApi("se.samverka.testmodules.alpha").check(TEST_MODULES);
        ModuleRules.onlyPlatformApi("se.samverka.testmodules.beta").check(TEST_MODULES);
    }

    @Test
    void testModulesDoNotSeeEachOther() {
        ModuleRules.independent("se.samverka.testmodules.alpha", "se.samverka.testmodules.beta").check(TEST_MODULES);
    }

    @Test
    void testModulesWriteNoUnscopedQueries() {
        ModuleRules.noUnscopedQueries("se.samverka.testmodules..").check(TEST_MODULES);
    }

    @Test
    void theRulesCatchAViolation() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.samverka.platform.core.ui");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ModuleRules.onlyPlatformApi("se.samverka.platform.core.ui").check(core))
                .isInstanceOf(AssertionError.class);
    }
}
