package se.samverka.agreements;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementForm;
import se.samverka.agreements.agreement.ReportingFrequency;
import se.samverka.agreements.followup.IndicatorKind;
import se.samverka.agreements.followup.PeriodStanding;
import se.samverka.agreements.followup.ReportStatus;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.testkit.BundleCheck;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal and label can be said in Swedish and in English (the platform's bundle checks, and the module's own). */
class MessagesTest {

    static final BundleCheck BUNDLE = BundleCheck.of("i18n.agreements");
    /** Keys built from a prefix in code, completed by a record type or enum constant. */
    static final Set<String> NOT_KEYS = Set.of("agreements.demo-data");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        BUNDLE.bothLanguagesHaveTheSameKeys();
    }

    @Test
    void everyKeyTheCodeNamesIsTranslated() {
        assertThat(BUNDLE.everyKeyTheCodeNamesExists(Path.of("src/main/java"), NOT_KEYS)).hasSizeGreaterThan(50);
    }

    @Test
    void everyRecordTypeAndValueHasAName() {
        Set<String> keys = BUNDLE.keys();
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
    void everyMessageIsAValidPatternInItsLanguage() {
        BUNDLE.everyMessageIsAValidPattern();
    }

    @Test
    void swedishTextsAreReallyUtf8() {
        assertThat(BUNDLE.swedish("agreements.module.name")).isEqualTo("Överenskommelser");
    }
}
