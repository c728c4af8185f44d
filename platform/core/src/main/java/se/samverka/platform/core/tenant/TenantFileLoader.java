package se.samverka.platform.core.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and validates every tenant file of a folder. All files are validated before anything is
 * applied, so one malformed file stops start-up and applies nothing from any of them.
 */
public final class TenantFileLoader {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Set<String> FIELDS =
            Set.of("id", "name", "kind", "organisationNumber", "hosts", "locale", "brandColour", "modules");
    private static final Set<String> LOCALES = Set.of("sv", "en");
    private static final double MIN_CONTRAST_WITH_WHITE = 4.5;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public List<TenantDefinition> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new TenantFileException(folder, "(folder)", "is not a folder of tenant files (samverka.tenants-dir)");
        }
        List<TenantDefinition> tenants = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(TenantFileLoader::isYaml).sorted(Comparator.naturalOrder()).toList()) {
                tenants.add(read(file));
            }
        } catch (IOException e) {
            throw new TenantFileException(folder, "(folder)", "cannot be read: " + e.getMessage());
        }
        checkUnique(tenants);
        return tenants;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    TenantDefinition read(Path file) {
        JsonNode root;
        try {
            root = yaml.readTree(file.toFile());
        } catch (IOException e) {
            throw new TenantFileException(file, "(file)", "is not valid YAML: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new TenantFileException(file, "(file)", "must be a YAML mapping of the tenant's fields");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new TenantFileException(file, name, "is not a known field (known: " + String.join(", ", FIELDS) + ")");
            }
        }
        String id = text(file, root, "id", true);
        if (!ID.matcher(id).matches()) {
            throw new TenantFileException(file, "id", "must be lower-case letters, digits and dashes, starting with a letter: '" + id + "'");
        }
        String expectedName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!id.equals(expectedName)) {
            throw new TenantFileException(file, "id", "must equal the file's name ('" + expectedName + "'), is '" + id + "'");
        }
        String name = text(file, root, "name", true);
        TenantKind kind = kind(file, text(file, root, "kind", true));
        String orgNumber = text(file, root, "organisationNumber", false);
        if (orgNumber != null && !OrganisationNumber.isValid(orgNumber)) {
            throw new TenantFileException(file, "organisationNumber",
                    "must be a Swedish organisation number NNNNNN-NNNN with a valid check digit: '" + orgNumber + "'");
        }
        List<String> hosts = list(file, root, "hosts");
        for (String host : hosts) {
            if (!HOST.matcher(host).matches()) {
                throw new TenantFileException(file, "hosts", "holds an invalid host name: '" + host + "'");
            }
        }
        String locale = text(file, root, "locale", true);
        if (!LOCALES.contains(locale)) {
            throw new TenantFileException(file, "locale", "must be one of " + LOCALES + ": '" + locale + "'");
        }
        String colour = text(file, root, "brandColour", true);
        if (!COLOUR.matcher(colour).matches()) {
            throw new TenantFileException(file, "brandColour", "must be a colour like \"#00558C\": '" + colour + "'");
        }
        if (contrastWithWhite(colour) < MIN_CONTRAST_WITH_WHITE) {
            throw new TenantFileException(file, "brandColour", String.format(Locale.ROOT,
                    "is too light for white header text (contrast %.1f:1, WCAG AA needs 4.5:1): '%s'",
                    contrastWithWhite(colour), colour));
        }
        List<String> modules = list(file, root, "modules");
        return new TenantDefinition(id, name, kind, orgNumber, hosts, locale, colour.toUpperCase(Locale.ROOT), modules, file);
    }

    private static void checkUnique(List<TenantDefinition> tenants) {
        Map<String, TenantDefinition> byHost = new HashMap<>();
        Map<String, TenantDefinition> byId = new HashMap<>();
        for (TenantDefinition tenant : tenants) {
            TenantDefinition sameId = byId.putIfAbsent(tenant.id(), tenant);
            if (sameId != null) {
                throw new TenantFileException(tenant.source(), "id", "repeats the id of " + sameId.source());
            }
            for (String host : tenant.hosts()) {
                TenantDefinition other = byHost.putIfAbsent(host, tenant);
                if (other != null) {
                    throw new TenantFileException(tenant.source(), "hosts", "repeats host '" + host + "' of " + other.source());
                }
            }
        }
    }

    private static String text(Path file, JsonNode root, String field, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new TenantFileException(file, field, "is missing");
            }
            return null;
        }
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw new TenantFileException(file, field, "must be a non-empty text");
        }
        return node.asText().trim();
    }

    private static List<String> list(Path file, JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new TenantFileException(file, field, "must be a list");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new TenantFileException(file, field, "must hold only non-empty texts");
            }
            values.add(item.asText().trim().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(values);
    }

    private static TenantKind kind(Path file, String value) {
        try {
            return TenantKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TenantFileException(file, "kind", "must be 'municipality' or 'region': '" + value + "'");
        }
    }

    /** WCAG 2.1 contrast ratio of the colour against white. */
    static double contrastWithWhite(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
