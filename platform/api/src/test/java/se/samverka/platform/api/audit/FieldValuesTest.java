package se.samverka.platform.api.audit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FieldValuesTest {

    record Period(LocalDate start, LocalDate end) {
    }

    record Party(String name, List<String> commitments) {
    }

    record Terms(Long id, String tenantId, String title, Period period, List<Party> parties, Long version) {
    }

    static final Terms BEFORE = new Terms(1L, "orust", "IOP", new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)),
            List.of(new Party("Junis", List.of("Huvudmannaskap"))), 3L);

    @Test
    void aRecordBecomesFlatNamedValuesWithoutItsBookkeeping() {
        assertThat(FieldValues.of(BEFORE)).containsExactly(
                Map.entry("title", "IOP"),
                Map.entry("period.start", "2022-01-01"),
                Map.entry("period.end", "2023-12-31"),
                Map.entry("parties[1].name", "Junis"),
                Map.entry("parties[1].commitments[1]", "Huvudmannaskap"));
    }

    @Test
    void changesAreTheFieldsThatDiffer() {
        Terms after = new Terms(1L, "orust", "IOP", new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                List.of(new Party("Junis", List.of("Huvudmannaskap", "Fritidsverksamhet"))), 4L);

        assertThat(FieldValues.changes(BEFORE, after)).containsExactly(
                Map.entry("period.start", new AuditLog.Change("2022-01-01", "2024-01-01")),
                Map.entry("period.end", new AuditLog.Change("2023-12-31", "2026-12-31")),
                Map.entry("parties[1].commitments[2]", new AuditLog.Change(null, "Fritidsverksamhet")));
        assertThat(FieldValues.changes(BEFORE, BEFORE)).isEmpty();
    }

    @Test
    void aNewRecordChangesEveryFieldFromNothing() {
        assertThat(FieldValues.created(BEFORE)).containsEntry("title", new AuditLog.Change(null, "IOP")).hasSize(5);
    }

    @Test
    void longTextsAreShortenedForTheAuditLog() {
        String longText = "ö".repeat(2000);

        Object to = FieldValues.changes(Map.of(), Map.of("purpose", longText)).get("purpose").to();

        assertThat((String) to).startsWith("ööö").endsWith("… (2000 tecken)").hasSizeLessThan(600);
    }

    @Test
    void aNamedValueIsPrefixed() {
        assertThat(FieldValues.of("decision", java.util.Optional.of(new Period(LocalDate.of(2025, 1, 15), null))))
                .containsExactly(Map.entry("decision.start", "2025-01-15"));
        assertThat(FieldValues.of("decision", java.util.Optional.empty())).isEmpty();
    }
}
