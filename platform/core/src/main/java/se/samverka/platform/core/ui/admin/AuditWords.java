package se.samverka.platform.core.ui.admin;

import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.core.i18n.PortalI18NProvider;
import se.samverka.platform.core.module.ModuleRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit log's codes in words people read: an action ({@code audit.action.<action>}), a record type
 * ({@code audit.type.<type>}, each module names its own in its bundle) and a changed field (the module's or
 * the platform's label of the field, {@code <area>.field.<name>}). A code nobody named yet stays as it is
 * rather than disappearing: the log must never hide what happened.
 */
final class AuditWords {

    private final PortalI18NProvider texts;
    private final Locale locale;
    private final List<String> fieldAreas = new ArrayList<>();

    AuditWords(PortalI18NProvider texts, ModuleRegistry modules, Locale locale) {
        this.texts = texts;
        this.locale = locale;
        modules.all().forEach(m -> fieldAreas.add(m.id()));
        fieldAreas.addAll(List.of("partners", "users", "audit"));
    }

    String action(String action) {
        return named("audit.action." + action, action);
    }

    String recordType(String recordType) {
        return named("audit.type." + recordType, recordType);
    }

    /** A module's own word ({@code groups.audit.type.settings}) before the platform's ({@code audit.type.user}). */
    private String named(String key, String code) {
        for (String area : fieldAreas) {
            String own = area + "." + key;
            if (texts.pattern(own, locale).isPresent()) {
                return texts.get(locale, own);
            }
        }
        return word(key, code);
    }

    /** {@code parties[2].signatories[1].name} → "Part 2 · Undertecknare 1 · Namn" where each step has a label. */
    String field(String path) {
        List<String> words = new ArrayList<>();
        for (String step : path.split("\\.")) {
            String name = step.replaceAll("\\[\\d+]$", "");
            String index = step.length() > name.length() ? " " + step.substring(name.length() + 1, step.length() - 1) : "";
            words.add(label(name) + index);
        }
        return String.join(" · ", words);
    }

    /** Each changed field: "Status: Utkast → Förslag"; a coded value in the module's words for it. */
    String changes(String recordType, Map<String, AuditLog.Change> changes) {
        return changes.entrySet().stream()
                .map(c -> field(c.getKey()) + ": " + value(recordType, c.getKey(), c.getValue().from()) + " → "
                        + value(recordType, c.getKey(), c.getValue().to()))
                .collect(Collectors.joining("; "));
    }

    private String label(String camelCase) {
        String kebab = kebab(camelCase);
        for (String area : fieldAreas) {
            String key = area + ".field." + kebab;
            if (texts.pattern(key, locale).isPresent()) {
                return texts.get(locale, key);
            }
        }
        return word("audit.field." + kebab, camelCase);
    }

    private String value(String recordType, String path, Object value) {
        if (value == null || value.toString().isBlank()) {
            return "–";
        }
        String text = value.toString();
        if (text.equals("true") || text.equals("false")) {
            return texts.get(locale, "audit.value." + text);
        }
        if (text.matches("[A-Z][A-Z0-9_]*")) {
            return codedValue(recordType, kebab(path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "")), text);
        }
        return text;
    }

    /** A code such as {@code PROPOSED} under the names modules give their codes: {@code agreements.status.PROPOSED},
     *  {@code agreements.report-status.RETURNED} (a report's status), {@code partnerships.phase-status.GRANTED}. */
    private String codedValue(String recordType, String field, String code) {
        List<String> prefixes = new ArrayList<>();
        for (String area : fieldAreas) {
            String type = recordType.startsWith(area) ? recordType : recordType.replaceFirst("^[a-z]+-", "");
            prefixes.add(area + "." + type + "-" + field);
            prefixes.add(area + "." + recordType + "-" + field);
            prefixes.add(area + "." + field);
        }
        for (String prefix : prefixes) {
            String key = prefix + "." + code;
            if (texts.pattern(key, locale).isPresent()) {
                return texts.get(locale, key);
            }
        }
        return code;
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private String word(String key, String otherwise) {
        return texts.pattern(key, locale).isPresent() ? texts.get(locale, key) : otherwise;
    }
}
