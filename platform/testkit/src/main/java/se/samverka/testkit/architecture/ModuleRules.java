package se.samverka.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The architecture rules of the module contract, for any module package. */
public final class ModuleRules {

    private ModuleRules() {
    }

    /** Classes of the module use Samverka only through the platform api and kit (third-party libraries are fine). */
    public static ArchRule onlyPlatformApi(String modulePackage) {
        return noClasses().that().resideInAPackage(modulePackage + "..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "Samverka classes outside the platform api, the kit and the module itself",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("se.samverka.")
                                && !c.getPackageName().startsWith("se.samverka.platform.api")
                                && !c.getPackageName().startsWith("se.samverka.platform.kit")
                                && !c.getPackageName().startsWith(modulePackage)))
                .because("a module depends on the platform api and kit only (platform/ARCHITECTURE.md, the module contract)");
    }

    /** No module depends on another. */
    public static ArchRule independent(String first, String second) {
        return noClasses().that().resideInAPackage(first + "..").should().dependOnClassesThat().resideInAPackage(second + "..")
                .orShould().dependOnClassesThat().resideInAPackage(second)
                .because("cross-module needs go through api interfaces or events, never imports");
    }

    /**
     * Micronaut Data adds the {@code @TenantId} filter to generated queries only: a hand-written
     * {@code @Query} must name {@code tenant_id}, and criteria queries (JpaSpecificationExecutor) are
     * not allowed in modules at all.
     */
    public static ArchRule noUnscopedQueries(String packages) {
        ArchCondition<JavaMethod> nameTenant = new ArchCondition<>("name tenant_id in the query") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String sql = method.getAnnotationOfType(Query.class).value();
                if (!sql.toLowerCase(java.util.Locale.ROOT).contains("tenant_id")) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " has a hand-written @Query without tenant_id: it escapes the tenant filter"));
                }
            }
        };
        ArchRule queries = methods().that().areAnnotatedWith(Query.class).and().areDeclaredInClassesThat()
                .resideInAPackage(packages).should(nameTenant).allowEmptyShould(true);
        ArchRule noCriteria = noClasses().that().resideInAPackage(packages).should().beAssignableTo(JpaSpecificationExecutor.class)
                .because("criteria queries are not tenant-filtered by Micronaut Data");
        return com.tngtech.archunit.lang.CompositeArchRule.of(queries).and(noCriteria);
    }
}
