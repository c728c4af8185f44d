package se.samverka.platform.api.refusal;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalTest {

    @Test
    void aRefusalNamesItsFieldExplicitlyOrByTheLabelOfAFieldItMentions() {
        assertThat(new Refusal("m.period.end-before-start").at("period.end").field()).contains("period.end");
        assertThat(new Refusal("refusal.text.required", Refusal.label("agreements.field.registry-number")).field())
                .contains("registryNumber");
        assertThat(new Refusal("m.other", Refusal.label("agreements.record.agreement")).field()).isEmpty();
    }

    @Test
    void theKeyAndArgumentsAreKeptAndACauseOnlyWhenThereIsOne() {
        IllegalStateException cause = new IllegalStateException("rejected");
        Refusal refusal = new Refusal("m.file", cause, "a.pdf");
        assertThat(refusal.messageKey()).isEqualTo("m.file");
        assertThat(refusal.arguments()).containsExactly("a.pdf");
        assertThat(refusal.getCause()).isSameAs(cause);
        assertThat(new Refusal("m.plain").getCause()).isNull();
    }

    @Test
    void aStaleRecordSaysWhoChangedItAndWhenAsTypedValues() {
        Instant when = Instant.parse("2026-12-03T07:20:01Z");
        StaleRecord stale = new StaleRecord("agreements.record.agreement", 6, "officer.orust", when);
        assertThat(stale.messageKey()).isEqualTo(StaleRecord.KEY);
        assertThat(stale.changedBy()).contains("officer.orust");
        assertThat(stale.changedAt()).contains(when);
        assertThat(stale.arguments()).contains(Refusal.person("officer.orust"), when);
        assertThat(new StaleRecord("agreements.record.agreement", 6).messageKey()).isEqualTo(StaleRecord.KEY_ANONYMOUS);
    }

    @Test
    void notFoundAndNotPermittedUseThePlatformsKeys() {
        assertThat(new RecordNotFound("agreements.record.agreement", 7).messageKey()).isEqualTo("refusal.not-found");
        assertThat(new NotPermitted().messageKey()).isEqualTo("refusal.role");
    }
}
