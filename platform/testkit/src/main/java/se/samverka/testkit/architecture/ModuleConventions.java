package se.samverka.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions that keep installed modules apart in one portal, checked by the app's build for every
 * module it assembles: tables prefixed with the module id and tenant-scoped, views and API under the module
 * id, feature packages without cycles.
 */
public final class ModuleConventions {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?\\s*\\((.*?)\\)\\s*(?:[^;]*);", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TENANT_COLUMN = Pattern.compile("(^|[\\s,(])`?tenant_id`?\\s", Pattern.CASE_INSENSITIVE);

    private ModuleConventions() {
    }

    /** Every table the module's migrations create is named {@code <id>_…} and has a {@code tenant_id} column. */
    public static void migrationsCreatePrefixedTenantTables(ModuleManifest module) {
        List<String> tables = new ArrayList<>();
        migrationScripts(module).forEach((script, sql) -> {
            Matcher table = CREATE_TABLE.matcher(sql);
            while (table.find()) {
                String name = table.group(1);
                tables.add(name);
                assertThat(name).as(script + ": a table of module " + module.id()).startsWith(prefix(module));
                assertThat(TENANT_COLUMN.matcher(table.group(2)).find()).as(script + ": " + name + " has tenant_id").isTrue();
            }
        });
        if (module.migrations().isPresent()) {
            assertThat(tables).as("the tables of module " + module.id()).isNotEmpty();
        }
    }

    /** Every view path is the module id or below it ({@code agreements}, {@code agreements/42}). */
    public static void routesUnderTheModule(ModuleManifest module) {
        for (ModuleRoute route : module.routes()) {
            assertThat(route.path().equals(module.id()) || route.path().startsWith(module.id() + "/"))
                    .as("route " + route.path() + " of module " + module.id()).isTrue();
        }
    }

    /** Every entity maps a {@code <id>_…} table and carries the tenant ({@code @TenantId}). */
    public static ArchRule entitiesArePrefixedAndTenantScoped(String modulePackage, String moduleId) {
        ArchCondition<JavaClass> prefixedAndScoped = new ArchCondition<>("map a table prefixed " + moduleId
                + "_ and have a @TenantId") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String table = entity.getAnnotationOfType(MappedEntity.class).value();
                if (!table.startsWith(moduleId + "_")) {
                    events.add(SimpleConditionEvent.violated(entity, entity.getName() + " maps " + table
                            + ", not a table of module " + moduleId));
                }
                if (entity.getAllFields().stream().noneMatch(field -> field.isAnnotatedWith(TenantId.class))) {
                    events.add(SimpleConditionEvent.violated(entity, entity.getName() + " has no @TenantId: "
                            + "its rows would be every tenant's"));
                }
            }
        };
        return classes().that().resideInAPackage(modulePackage + "..").and().areAnnotatedWith(MappedEntity.class)
                .should(prefixedAndScoped).allowEmptyShould(true);
    }

    /** Every controller answers under {@code /api/v1/tenants/{tenant}/<id>}, where the platform scopes the tenant. */
    public static ArchRule apiUnderTheModule(String modulePackage, String moduleId) {
        String base = "/api/v1/tenants/{tenant}/" + moduleId;
        ArchCondition<JavaClass> underTheModule = new ArchCondition<>("answer under " + base) {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                String path = controller.getAnnotationOfType(io.micronaut.http.annotation.Controller.class).value();
                if (!path.equals(base) && !path.startsWith(base + "/")) {
                    events.add(SimpleConditionEvent.violated(controller, controller.getName() + " answers at " + path
                            + ", outside " + base));
                }
            }
        };
        return classes().that().resideInAPackage(modulePackage + "..")
                .and().areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
                .should(underTheModule).allowEmptyShould(true);
    }

    /** The module's feature packages depend on each other one way only. */
    public static ArchRule noPackageCycles(String modulePackage) {
        return slices().matching(modulePackage + ".(*)..").should().beFreeOfCycles()
                .because("a module's features depend one way, so each can be read and changed on its own");
    }

    private static String prefix(ModuleManifest module) {
        return module.id().replace('-', '_') + "_";
    }

    /** The module's migration scripts by name, read from its class path location ({@code classpath:db/<id>}). */
    static Map<String, String> migrationScripts(ModuleManifest module) {
        if (module.migrations().isEmpty()) {
            return Map.of();
        }
        String location = module.migrations().get().replaceFirst("^classpath:", "");
        Map<String, String> scripts = new java.util.TreeMap<>();
        try {
            List<URL> roots = Collections.list(module.getClass().getClassLoader().getResources(location));
            assertThat(roots).as("the migrations " + location + " of module " + module.id()).isNotEmpty();
            for (URL root : roots) {
                URI uri = root.toURI();
                if ("jar".equals(uri.getScheme())) {
                    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                        read(jar.getPath(location), scripts);
                    }
                } else {
                    read(Path.of(uri), scripts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return scripts;
    }

    private static void read(Path directory, Map<String, String> scripts) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")).toList()) {
                scripts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }
}
