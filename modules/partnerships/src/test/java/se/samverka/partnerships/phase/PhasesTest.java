package se.samverka.partnerships.phase;

import org.junit.jupiter.api.Test;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;

/** A phase lies within its partnership and does not overlap another of its kind; a project year is said. */
class PhasesTest {

    static Phases phases() {
        return TestPortal.bean(Phases.class);
    }

    static PhaseDetails phase(PhaseKind kind, Integer year, LocalDate from, LocalDate to) {
        return new PhaseDetails(kind, year, from, to, PhaseStatus.PLANNED, null, null, null, null, List.of());
    }

    static String fieldOf(long partnershipId, PhaseDetails details) {
        try {
            as(officer(ALMHULT), ALMHULT, () -> phases().add(partnershipId, details));
        } catch (Refusal refusal) {
            return refusal.field().orElse("") + " " + refusal.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPhaseOutsideThePartnershipOrOverlappingOneOfItsKindIsRefusedAtItsDate() {
        Fixture f = Fixture.inAlmhult();
        long id = f.partnership().id();
        assertThat(fieldOf(id, phase(PhaseKind.PROJECT, 1, LocalDate.of(2019, 12, 1), LocalDate.of(2020, 12, 31))))
                .isEqualTo("startsOn partnerships.phase.before-partnership");
        assertThat(fieldOf(id, phase(PhaseKind.PROJECT, 1, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30))))
                .isEqualTo("endsOn partnerships.phase.after-partnership");
        assertThat(fieldOf(id, phase(PhaseKind.INCEPTION, null, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 9, 30))))
                .isEqualTo("startsOn partnerships.phase.overlaps");
        assertThat(fieldOf(id, phase(PhaseKind.PROJECT, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))))
                .isEqualTo("projectYear partnerships.phase.project-year");
        assertThat(fieldOf(id, new PhaseDetails(PhaseKind.PROJECT, 1, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31),
                PhaseStatus.GRANTED, null, null, null, null, List.of()))).isEqualTo("grantedSek partnerships.phase.granted-amount-required");

        Phase project = as(officer(ALMHULT), ALMHULT, () -> phases().add(id, phase(PhaseKind.PROJECT, 1, LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31))));
        assertThat(as(officer(ALMHULT), ALMHULT, () -> phases().of(id))).extracting(Phase::id)
                .containsExactly(f.inception().id(), project.id());
        assertThat(phases().warnings(project)).as("an empty project team is warned about on both sides").hasSize(4);
    }

    @Test
    void aPhaseMovesOnWithICLDsDecisionAndAStaleEditIsRefused() {
        Fixture f = Fixture.inAlmhult();
        Phase p = f.inception();
        PhaseDetails reported = new PhaseDetails(p.kind(), null, p.startsOn(), p.endsOn(), PhaseStatus.REPORTED, p.appliedOn(),
                p.grantedSek(), p.decidedOn(), p.decisionRef(), p.team());
        Phase updated = as(officer(ALMHULT), ALMHULT, () -> phases().update(p.id(), p.version(), reported));
        assertThat(updated.status()).isEqualTo(PhaseStatus.REPORTED);
        assertThatThrownBy(() -> as(officer(ALMHULT), ALMHULT, () -> phases().update(p.id(), p.version(), reported)))
                .isInstanceOf(StaleRecord.class);
    }
}
