package se.samverka.agreements;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementForm;
import se.samverka.agreements.agreement.ReportingFrequency;
import se.samverka.agreements.followup.IndicatorKind;
import se.samverka.agreements.followup.PeriodStanding;
import se.samverka.agreements.followup.ReportStatus;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.steering.MeetingStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal and label can be said in Swedish and in English. */
class MessagesTest {

    static final Pattern KEY_LITERAL = Pattern.compile("\"(agreements\\.[a-z0-9-]+(\\.[a-z0-9-]+)+)\"");
    /** Keys built from a prefix in code, completed by a record type or enum constant. */
    static final Set<String> NOT_KEYS = Set.of("agreements.demo-data");

    static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("agreements_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("agreements.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesIsTranslated() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.removeAll(NOT_KEYS);
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(bundle("agreements.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyRecordTypeAndValueHasAName() throws IOException {
        Set<String> keys = bundle("agreements.properties").stringPropertyNames();
        Map<String, Enum<?>[]> values = Map.of(
                "agreements.status.", AgreementStatus.values(),
                "agreements.form.", AgreementForm.values(),
                "agreements.reporting-frequency.", ReportingFrequency.values(),
                "agreements.meeting-status.", MeetingStatus.values(),
                "agreements.indicator-kind.", IndicatorKind.values(),
                "agreements.report-status.", ReportStatus.values(),
                "agreements.period-standing.", PeriodStanding.values());
        values.forEach((prefix, constants) -> Arrays.stream(constants)
                .forEach(constant -> assertThat(keys).contains(prefix + constant.name())));
        for (String recordType : new String[]{"agreement", "steering-meeting", "indicator", "report",
                "agreement-version"}) {
            assertThat(keys).contains("agreements.record." + recordType);
        }
    }

    @Test
    void everyMessageIsAValidPatternInItsLanguage() throws IOException {
        for (String file : new String[]{"agreements.properties", "agreements_en.properties"}) {
            Properties bundle = bundle(file);
            Locale locale = file.contains("_en") ? Locale.ENGLISH : Locale.forLanguageTag("sv");
            for (String key : bundle.stringPropertyNames()) {
                String rendered = new MessageFormat(bundle.getProperty(key), locale).format(new Object[]{"A", "B", "C", "D"});
                assertThat(rendered).as(file + " " + key).isNotBlank().doesNotContain("{");
            }
        }
    }

    @Test
    void swedishTextsAreReallyUtf8() throws IOException {
        assertThat(bundle("agreements.properties").getProperty("agreements.module.name")).isEqualTo("Överenskommelser");
    }
}
