package se.samverka.partnerships.visit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An exchange visit as entered: the phase it belongs to, direction, dates, place, who went, why, and what was learnt. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record VisitDetails(long phaseId, Direction direction, LocalDate startsOn, LocalDate endsOn, String place,
                           List<Participant> participants, @Nullable String purpose, @Nullable String report,
                           @Nullable String lessons) {

    public VisitDetails {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    VisitDetails validated() {
        if (direction == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.direction")).at("direction");
        }
        if (startsOn == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.starts-on")).at("startsOn");
        }
        if (endsOn == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.ends-on")).at("endsOn");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new Refusal("partnerships.visit.ends-before-start").at("endsOn");
        }
        String checkedPlace = Texts.required("place", "partnerships.field.place", place, Texts.SHORT);
        List<Participant> who = new ArrayList<>();
        for (Participant p : participants) {
            if (p == null || p.side() == null || p.function() == null) {
                throw new Refusal("partnerships.visit.participant-incomplete").at("participants");
            }
            if (p.count() < 1 || p.count() > 100) {
                throw new Refusal("partnerships.visit.participant-count", p.count()).at("participants");
            }
            who.add(p);
        }
        if (who.isEmpty()) {
            throw new Refusal("partnerships.visit.participants-required").at("participants");
        }
        return new VisitDetails(phaseId, direction, startsOn, endsOn, checkedPlace, who,
                Texts.optional("purpose", "partnerships.field.purpose", purpose, Texts.LONG),
                Texts.optional("report", "partnerships.field.visit-report", report, Texts.LONG),
                Texts.optional("lessons", "partnerships.field.lessons", lessons, Texts.LONG));
    }
}
