package se.samverka.groups;

import se.samverka.groups.followup.Figures;
import se.samverka.groups.programme.ProgrammeDetails;
import se.samverka.groups.programme.ProgrammeKind;
import se.samverka.groups.programme.TargetSituation;

import java.util.EnumSet;
import java.util.Map;

/** Records of the module as the tests make them. */
public final class TestGroups {

    private TestGroups() {
    }

    /** A support group programme run by the partner (null: by the tenant itself). */
    public static ProgrammeDetails programme(String name, Long providerPartnerId) {
        return new ProgrammeDetails(name, providerPartnerId, ProgrammeKind.SUPPORT_GROUP,
                EnumSet.of(TargetSituation.ADDICTION, TargetSituation.MENTAL_ILLNESS), 7, 13, "Hela människan",
                null, null);
    }

    /** Consistent figures: 14 enrolled (6 new, 8 remaining), 3 of them girls in a small breakdown. */
    public static Figures figures() {
        return new Figures(14, 2, 6, 8, 1, 5, 4, null, null, Map.of("UNKNOWN", 1), Map.of("SCHOOL", 3, "HEALTH_CARE", 2),
                null, null, Map.of("GIRL", 3, "BOY", 9, "NOT_STATED", 2));
    }
}
