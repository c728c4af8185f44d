package se.samverka.partnerships.visit;

import org.junit.jupiter.api.Test;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.Side;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;

/** A visit falls within its phase, says who went by counts and functions, and is the partnership's own. */
class VisitsTest {

    static Visits visits() {
        return TestPortal.bean(Visits.class);
    }

    static VisitDetails visit(long phase, LocalDate from, LocalDate to, List<Participant> who) {
        return new VisitDetails(phase, Direction.INBOUND, from, to, "Älmhult", who, "Att lära känna varandras verksamheter", null, null);
    }

    static String fieldOf(long partnership, VisitDetails details) {
        try {
            as(officer(ALMHULT), ALMHULT, () -> visits().add(partnership, details));
        } catch (Refusal refusal) {
            return refusal.field().orElse(refusal.messageKey());
        }
        throw new AssertionError("not refused");
    }

    @Test
    void seed004sFebruaryVisitIsLoggedAndOneOutsideItsPhaseOrWithoutParticipantsIsRefusedAtItsField() {
        Fixture f = Fixture.inAlmhult();
        long p = f.partnership().id();
        long phase = f.inception().id();
        List<Participant> four = List.of(new Participant(Side.FOREIGN, ContactRole.OFFICIAL, 3),
                new Participant(Side.FOREIGN, ContactRole.POLITICIAN_MAJORITY, 1));
        Visit february = as(officer(ALMHULT), ALMHULT, () -> visits().add(p, visit(phase, LocalDate.of(2020, 2, 3),
                LocalDate.of(2020, 2, 7), four)));
        assertThat(february.travellers()).isEqualTo(4);
        assertThat(fieldOf(p, visit(phase, LocalDate.of(2020, 6, 28), LocalDate.of(2020, 7, 3), four))).isEqualTo("endsOn");
        assertThat(fieldOf(p, visit(phase, LocalDate.of(2020, 3, 9), LocalDate.of(2020, 3, 13), List.of()))).isEqualTo("participants");
        assertThat(fieldOf(p, visit(phase, LocalDate.of(2020, 3, 9), LocalDate.of(2020, 3, 1), four))).isEqualTo("endsOn");
        long otherPhase = Fixture.inAlmhult().inception().id();
        assertThat(fieldOf(p, visit(otherPhase, LocalDate.of(2020, 3, 9), LocalDate.of(2020, 3, 13), four)))
                .as("a phase of another partnership").isEqualTo("phaseId");
        String tooLong = "x".repeat(Texts.LONG + 1);
        VisitDetails ok = visit(phase, LocalDate.of(2020, 3, 9), LocalDate.of(2020, 3, 13), four);
        assertThat(fieldOf(p, new VisitDetails(phase, Direction.OUTBOUND, ok.startsOn(), ok.endsOn(), "JB Marks", four, tooLong, null, null)))
                .isEqualTo("purpose");
        assertThat(fieldOf(p, new VisitDetails(phase, Direction.OUTBOUND, ok.startsOn(), ok.endsOn(), "JB Marks", four, null, null, tooLong)))
                .isEqualTo("lessons");
        assertThat(as(officer(ORUST), ORUST, () -> visits().find(february.id()))).isEmpty();
    }
}
