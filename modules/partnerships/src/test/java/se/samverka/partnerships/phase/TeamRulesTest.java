package se.samverka.partnerships.phase;

import org.junit.jupiter.api.Test;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.Side;
import se.samverka.partnerships.partnership.Warning;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ICLD's team recommendations per side are warned about, never refused. */
class TeamRulesTest {

    static TeamMember m(Side side, ContactRole role) {
        return new TeamMember(side, role, null);
    }

    @Test
    void anInceptionTeamWithPoliticiansOfBothSidesAndAnOfficialEachIsAsICLDRecommends() {
        List<TeamMember> team = List.of(m(Side.SWEDISH, ContactRole.POLITICIAN_MAJORITY), m(Side.SWEDISH, ContactRole.POLITICIAN_OPPOSITION),
                m(Side.SWEDISH, ContactRole.COORDINATOR), m(Side.FOREIGN, ContactRole.POLITICIAN_MAJORITY),
                m(Side.FOREIGN, ContactRole.POLITICIAN_OPPOSITION), m(Side.FOREIGN, ContactRole.OFFICIAL));
        assertThat(TeamRules.warnings(PhaseKind.INCEPTION, team)).isEmpty();
    }

    @Test
    void anInceptionTeamWithoutTheOppositionOrWithThreeOfficialsIsWarnedAbout() {
        List<TeamMember> team = List.of(m(Side.SWEDISH, ContactRole.POLITICIAN_MAJORITY), m(Side.SWEDISH, ContactRole.OFFICIAL),
                m(Side.SWEDISH, ContactRole.OFFICIAL), m(Side.SWEDISH, ContactRole.PROJECT_LEADER));
        assertThat(TeamRules.warnings(PhaseKind.INCEPTION, team)).extracting(Warning::messageKey)
                .contains("partnerships.warning.inception-politician", "partnerships.warning.inception-officials");
    }

    @Test
    void aProjectNeedsThreeToFiveOfficialsAndAProjectLeaderOnEachSide() {
        List<TeamMember> swedish = List.of(m(Side.SWEDISH, ContactRole.PROJECT_LEADER), m(Side.SWEDISH, ContactRole.OFFICIAL),
                m(Side.SWEDISH, ContactRole.UNIT_MANAGER));
        List<Warning> warnings = TeamRules.warnings(PhaseKind.PROJECT, swedish);
        assertThat(warnings).extracting(Warning::messageKey)
                .containsExactly("partnerships.warning.project-officials", "partnerships.warning.project-leader");
        assertThat(warnings.get(0).arguments()).contains(0L);
        assertThat(TeamRules.warnings(PhaseKind.STEERING_GROUP, List.of())).as("no recommendation for the others").isEmpty();
    }
}
