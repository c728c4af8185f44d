package se.samverka.partnerships.phase;

import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.Side;
import se.samverka.partnerships.partnership.Warning;
import se.samverka.platform.api.refusal.Refusal;

import java.util.ArrayList;
import java.util.List;

/**
 * ICLD's recommendations for a phase's team, per side: an inception phase has politicians of the majority and of
 * the opposition and one or two officials; a project has three to five officials, one of them the project leader.
 * Only recommendations: a team that differs is warned about, never refused.
 */
public final class TeamRules {

    private TeamRules() {
    }

    public static List<Warning> warnings(PhaseKind kind, List<TeamMember> team) {
        List<Warning> warnings = new ArrayList<>();
        for (Side side : Side.values()) {
            List<TeamMember> ofSide = team.stream().filter(m -> m.side() == side).toList();
            long officials = ofSide.stream().filter(m -> !m.function().isPolitician()).count();
            String sideKey = side.labelKey();
            if (kind == PhaseKind.INCEPTION) {
                for (ContactRole politician : List.of(ContactRole.POLITICIAN_MAJORITY, ContactRole.POLITICIAN_OPPOSITION)) {
                    if (ofSide.stream().noneMatch(m -> m.function() == politician)) {
                        warnings.add(new Warning("partnerships.warning.inception-politician",
                                List.of(Refusal.label(sideKey),
                                        Refusal.label(politician.labelKey()))));
                    }
                }
                if (officials < 1 || officials > 2) {
                    warnings.add(new Warning("partnerships.warning.inception-officials",
                            List.of(Refusal.label(sideKey), officials)));
                }
            } else if (kind == PhaseKind.PROJECT) {
                if (officials < 3 || officials > 5) {
                    warnings.add(new Warning("partnerships.warning.project-officials",
                            List.of(Refusal.label(sideKey), officials)));
                }
                if (ofSide.stream().noneMatch(m -> m.function() == ContactRole.PROJECT_LEADER)) {
                    warnings.add(new Warning("partnerships.warning.project-leader",
                            List.of(Refusal.label(sideKey))));
                }
            }
        }
        return warnings;
    }
}
