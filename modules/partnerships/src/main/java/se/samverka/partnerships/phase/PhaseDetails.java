package se.samverka.partnerships.phase;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.validation.Amounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A phase as the coordinator enters it: its kind (with the project year), period, application and ICLD's decision.
 *
 * @param grantedSek ICLD's granted amount in whole kronor
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record PhaseDetails(PhaseKind kind,
                           @Nullable Integer projectYear,
                           LocalDate startsOn,
                           LocalDate endsOn,
                           PhaseStatus status,
                           @Nullable LocalDate appliedOn,
                           @Nullable Long grantedSek,
                           @Nullable LocalDate decidedOn,
                           @Nullable String decisionRef,
                           List<TeamMember> team) {

    public PhaseDetails {
        team = team == null ? List.of() : List.copyOf(team);
        status = status == null ? PhaseStatus.PLANNED : status;
    }

    PhaseDetails validated() {
        if (kind == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.phase-kind")).at("kind");
        }
        if (kind == PhaseKind.PROJECT && (projectYear == null || projectYear < 1 || projectYear > 10)) {
            throw new Refusal("partnerships.phase.project-year").at("projectYear");
        }
        if (startsOn == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.starts-on")).at("startsOn");
        }
        if (endsOn == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.ends-on")).at("endsOn");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new Refusal("partnerships.phase.ends-before-start").at("endsOn");
        }
        if (grantedSek != null && grantedSek < 0) {
            throw new Refusal("partnerships.amount.negative").at("grantedSek");
        }
        if (grantedSek != null) {
            Amounts.check(grantedSek, "grantedSek");
        }
        if (status.isGranted() && status != PhaseStatus.CLOSED && grantedSek == null) {
            throw new Refusal("partnerships.phase.granted-amount-required").at("grantedSek");
        }
        List<TeamMember> members = new ArrayList<>();
        for (TeamMember m : team) {
            if (m == null || m.side() == null || m.function() == null) {
                throw new Refusal("partnerships.phase.team-incomplete").at("team");
            }
            members.add(new TeamMember(m.side(), m.function(), Texts.optional("team", "partnerships.field.team-name", m.name(),
                    Texts.SHORT)));
        }
        return new PhaseDetails(kind, kind == PhaseKind.PROJECT ? projectYear : null, startsOn, endsOn, status, appliedOn,
                grantedSek, decidedOn, Texts.optional("decisionRef", "partnerships.field.decision-ref", decisionRef, 100), members);
    }
}
