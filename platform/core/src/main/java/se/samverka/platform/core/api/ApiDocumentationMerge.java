package se.samverka.platform.core.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.inject.Singleton;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.core.module.ModuleRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one OpenAPI document the portal serves: the platform's own (generated at build time into
 * {@code META-INF/swagger/samverka-api.yml}) with the paths, schemas and tags of every installed
 * module's document ({@code META-INF/swagger/samverka-<module id>.yml} in the module's jar, generated
 * the same way). Modules are compiled apart from the platform, so their documents can only meet here.
 * Merged once, on first use.
 */
@Singleton
public class ApiDocumentationMerge {

    static final String FOLDER = "META-INF/swagger/";
    static final String PLATFORM_DOCUMENT = "samverka-api.yml";

    private final ModuleRegistry modules;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private volatile String merged;

    ApiDocumentationMerge(ModuleRegistry modules) {
        this.modules = modules;
    }

    /** The merged document as YAML. */
    public String document() {
        String document = merged;
        if (document == null) {
            document = merge();
            merged = document;
        }
        return document;
    }

    private String merge() {
        Map<String, Object> platform = read(PLATFORM_DOCUMENT);
        if (platform == null) {
            throw new IllegalStateException(FOLDER + PLATFORM_DOCUMENT + " is missing: the build generates it");
        }
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        for (ModuleManifest module : modules.all()) {
            Map<String, Object> document = read("samverka-" + module.id() + ".yml");
            if (document != null) {
                documents.put(module.id(), document);
            }
        }
        merge(platform, documents);
        try {
            return yaml.writeValueAsString(platform);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The modules' documents (by module id) merged into the platform's. One schema name is one schema: the
     * same definition from several modules (the platform api's {@code ItemPage}, say) is kept once, two
     * different ones under one name are a mistake that would make one module's API lie about its answers,
     * so the merge refuses (and the build's contract test with it) naming both.
     */
    static void merge(Map<String, Object> platform, Map<String, Map<String, Object>> modules) {
        Set<String> operationIds = new HashSet<>();
        collectOperationIds(platform, operationIds, null);
        Map<String, String> definedBy = new HashMap<>();
        section(section(platform, "components"), "schemas").keySet().forEach(name -> definedBy.put(name, "the platform"));
        List<String> conflicts = new ArrayList<>();
        modules.forEach((moduleId, document) -> {
            collectOperationIds(document, operationIds, moduleId);
            mergeInto(platform, document, moduleId, definedBy, conflicts);
        });
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("OpenAPI schemas defined differently under one name: " + String.join("; ", conflicts)
                    + ". Give one of them another name (e.g. with @Schema(name = ...)).");
        }
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> target, Map<String, Object> source, String moduleId,
                                  Map<String, String> definedBy, List<String> conflicts) {
        section(target, "paths").putAll(section(source, "paths"));
        Map<String, Object> components = section(target, "components");
        section(source, "components").forEach((kind, entries) -> {
            if (entries instanceof Map<?, ?> map) {
                Map<String, Object> own = section(components, kind);
                ((Map<String, Object>) map).forEach((name, definition) -> {
                    Object existing = own.putIfAbsent(name, definition);
                    if ("schemas".equals(kind)) {
                        if (existing != null && !existing.equals(definition)) {
                            conflicts.add("'" + name + "' of " + definedBy.get(name) + " and of module " + moduleId);
                        }
                        definedBy.putIfAbsent(name, "module " + moduleId);
                    }
                });
            }
        });
        List<Object> tags = target.get("tags") instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
        Set<Object> names = new HashSet<>();
        tags.forEach(tag -> names.add(tag instanceof Map<?, ?> m ? m.get("name") : tag));
        if (source.get("tags") instanceof List<?> added) {
            added.stream().filter(tag -> names.add(tag instanceof Map<?, ?> m ? m.get("name") : tag)).forEach(tags::add);
        }
        if (!tags.isEmpty()) {
            target.put("tags", tags);
        }
    }

    /** Operation ids must be unique in one document: a module's that the platform already uses gets the module's id in front. */
    @SuppressWarnings("unchecked")
    private static void collectOperationIds(Map<String, Object> document, Set<String> used, String moduleId) {
        for (Object path : section(document, "paths").values()) {
            if (path instanceof Map<?, ?> operations) {
                for (Object operation : operations.values()) {
                    if (operation instanceof Map<?, ?> op && op.get("operationId") instanceof String id) {
                        String unique = id;
                        if (moduleId != null && used.contains(id)) {
                            unique = moduleId + "_" + id;
                            ((Map<String, Object>) op).put("operationId", unique);
                        }
                        used.add(unique);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String name) {
        Object value = parent.get(name);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(name, created);
        return created;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String file) {
        try (InputStream in = ApiDocumentationMerge.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            return in == null ? null : yaml.readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + file, e);
        }
    }
}
