package se.samverka.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart in this folder, rendered in-process by helm-java (Helm as a native library: offline, no
 * helm binary). The Maven module's folder is the chart; .helmignore keeps pom.xml, src/ and target/
 * out of it.
 */
final class Chart {

    static final String RELEASE = "samverka";
    static final String NAMESPACE = "samverka";
    static final String KUBE_VERSION = "1.30.0";

    static final Path DIR = Path.of(System.getProperty("samverka.chart.dir", ".")).toAbsolutePath().normalize();
    /** The repository's tenants/ folder: the source of truth the chart's helm/tenants/ copies. */
    static final Path REPOSITORY_TENANTS = Path.of(System.getProperty("samverka.tenants.dir", "../tenants"))
            .toAbsolutePath().normalize();
    static final Path PRODUCTION_VALUES = DIR.resolve("src/test/resources/values-production.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * helm-java's template returns the release manifest only, without hooks (helm's CLI prints both).
     * To look at the hook Job, {@link #hooksAsManifests()} renders a copy of the chart in which the
     * annotation prefix {@code helm.sh/hook} is renamed to this one, so Helm treats the hook like any
     * other object and its hook annotations can still be read under the new name.
     */
    static final String RENAMED_HOOK_ANNOTATION = "samverka.test/hook";

    private Path valuesFile;
    private final Map<String, Object> sets = new LinkedHashMap<>();
    private boolean hooksAsManifests;

    private Chart() {
    }

    static Chart withDefaultValues() {
        return new Chart();
    }

    static Chart withProductionValues() {
        return new Chart().values(PRODUCTION_VALUES);
    }

    Chart values(Path file) {
        this.valuesFile = file;
        return this;
    }

    /** Like {@code helm template --set key=value}. */
    Chart set(String key, Object value) {
        sets.put(key, value);
        return this;
    }

    /** Render hooks (the migrations Job) as ordinary objects: see {@link #RENAMED_HOOK_ANNOTATION}. */
    Chart hooksAsManifests() {
        this.hooksAsManifests = true;
        return this;
    }

    /** {@code helm template}; a failure (schema, template) throws with Helm's message. */
    String renderText() {
        TemplateCommand command = new Helm(hooksAsManifests ? copyWithHooksRenamed() : DIR).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        if (valuesFile != null) {
            command = command.withValuesFile(valuesFile);
        }
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return command.call();
    }

    Manifests render() {
        return Manifests.parse(renderText());
    }

    private static Path hooksRenamedCopy;

    /** A copy of the chart under target/ (made once per test run) with the hook annotations renamed. */
    private static synchronized Path copyWithHooksRenamed() {
        if (hooksRenamedCopy != null) {
            return hooksRenamedCopy;
        }
        try {
            Path copy = DIR.resolve("target/chart-with-hooks-as-manifests");
            if (Files.exists(copy)) {
                try (Stream<Path> old = Files.walk(copy)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.walk(DIR)) {
                for (Path file : files.toList()) {
                    Path relative = DIR.relativize(file);
                    if (relative.toString().isEmpty() || relative.startsWith("src") || relative.startsWith("target")
                            || relative.toString().equals("pom.xml")) {
                        continue;
                    }
                    Path target = copy.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (relative.startsWith("templates")) {
                        Files.writeString(target, Files.readString(file).replace("helm.sh/hook", RENAMED_HOOK_ANNOTATION));
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            hooksRenamedCopy = copy;
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rendered objects of one {@code helm template} run. */
    record Manifests(List<JsonNode> objects) {

        static Manifests parse(String text) {
            try {
                List<JsonNode> objects = new ArrayList<>();
                for (JsonNode node : YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll()) {
                    if (node != null && node.isObject() && node.has("kind")) {
                        objects.add(node);
                    }
                }
                return new Manifests(List.copyOf(objects));
            } catch (IOException e) {
                throw new UncheckedIOException("rendered chart is not YAML:\n" + text, e);
            }
        }

        List<String> kinds() {
            return objects.stream().map(o -> o.path("kind").asText()).toList();
        }

        List<JsonNode> all(String kind) {
            return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
        }

        /** The one object of that kind; fails when there is none or several. */
        JsonNode one(String kind) {
            List<JsonNode> found = all(kind);
            if (found.size() != 1) {
                throw new AssertionError("expected exactly one " + kind + " but the chart rendered " + found.size()
                        + " (kinds: " + kinds() + ")");
            }
            return found.get(0);
        }

        JsonNode deployment() {
            return one("Deployment");
        }

        JsonNode portalContainer() {
            return container(deployment(), "portal");
        }

        static JsonNode container(JsonNode workload, String name) {
            for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                if (name.equals(container.path("name").asText())) {
                    return container;
                }
            }
            throw new AssertionError("no container " + name + " in " + workload.path("metadata").path("name"));
        }

        /** The container's env as name → env entry. */
        static Map<String, JsonNode> env(JsonNode container) {
            Map<String, JsonNode> env = new LinkedHashMap<>();
            container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
            return env;
        }
    }
}
