package se.samverka.testkit;

import se.samverka.platform.api.i18n.Languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every message bundle passes, the platform's and each module's: Swedish and English have the
 * same keys, every message is a valid {@link MessageFormat} pattern in its language (the portal always
 * formats, so a lone {@code '} or {@code {} breaks a text), and every key the code names exists.
 */
public final class BundleCheck {

    private final String baseName;
    private final Map<Locale, Properties> languages;

    private BundleCheck(String baseName) {
        this.baseName = baseName;
        this.languages = Map.of(Languages.SWEDISH, load(baseName + ".properties"),
                Languages.ENGLISH, load(baseName + "_en.properties"));
    }

    /** @param baseName the bundle's base name as a manifest gives it, e.g. {@code i18n.agreements} */
    public static BundleCheck of(String baseName) {
        return new BundleCheck(baseName);
    }

    public Set<String> keys() {
        return languages.get(Languages.SWEDISH).stringPropertyNames();
    }

    public String swedish(String key) {
        return languages.get(Languages.SWEDISH).getProperty(key);
    }

    public void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(languages.get(Languages.ENGLISH).stringPropertyNames()))
                .as(baseName + ": English keys against Swedish").containsExactlyElementsOf(new TreeSet<>(keys()));
    }

    public void everyMessageIsAValidPattern() {
        languages.forEach((locale, bundle) -> {
            for (String key : bundle.stringPropertyNames()) {
                MessageFormat pattern = new MessageFormat(bundle.getProperty(key), locale);
                String rendered = pattern.format(sampleArguments(pattern));
                assertThat(rendered).as(baseName + " (" + locale + ") " + key).isNotBlank().doesNotContain("{");
            }
        });
    }

    /** Five arguments for a pattern: a number where it formats one ({@code {0,number,#}} for a year), else a letter. */
    private static Object[] sampleArguments(MessageFormat pattern) {
        java.text.Format[] formats = pattern.getFormatsByArgumentIndex();
        Object[] arguments = new Object[5];
        for (int i = 0; i < arguments.length; i++) {
            java.text.Format format = i < formats.length ? formats[i] : null;
            arguments[i] = format instanceof java.text.NumberFormat ? (Object) 2020
                    : format instanceof java.text.DateFormat ? (Object) new java.util.Date(0) : String.valueOf((char) ('A' + i));
        }
        return arguments;
    }

    /**
     * Every string literal in the sources that looks like a key of this bundle (its first segment is one of
     * the bundle's, e.g. {@code "agreements.status.ACTIVE"}) is one of its keys.
     *
     * @param notKeys literals that only look like keys (prefixes the code completes, CSS names)
     * @return the keys found, for a test to check the scan saw the code at all
     */
    public Set<String> everyKeyTheCodeNamesExists(Path sources, Set<String> notKeys) {
        Set<String> prefixes = keys().stream().map(key -> key.substring(0, key.indexOf('.') + 1))
                .filter(prefix -> !prefix.isEmpty()).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*(\\.[a-zA-Z0-9_-]+)+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (prefixes.stream().anyMatch(key::startsWith) && !notKeys.contains(key)) {
                        used.add(key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(keys()).as(baseName + ": keys the code in " + sources + " names").containsAll(used);
        return used;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        String path = "/" + resource.replace('.', '/').replaceFirst("/properties$", ".properties");
        try (InputStream in = BundleCheck.class.getResourceAsStream(path)) {
            assertThat(in).as("the bundle " + path + " on the class path").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
