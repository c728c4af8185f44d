package se.samverka.groups.demo;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import se.samverka.groups.GroupsModule;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUpStatus;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.SupportGroup;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.reference.ReferenceGroup;
import se.samverka.groups.reference.ReferenceGroups;
import se.samverka.testkit.PortalTestServer;
import se.samverka.testkit.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** The embedded default's groups from the seeds: created once, however often the portal starts. */
class GroupsDemoDataTest {

    @Test
    void theSeedsProgrammesGroupsAndFiguresAreThereOnceAfterTwoStarts() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            long rows;
            try (PortalTestServer portal = PortalTestServer.startOn(database, PortalTestServer.repositoryTenantsWith(GroupsModule.ID), Map.of())) {
                rows = rows(database);
                assertTheSeeds(portal);
            }
            try (PortalTestServer again = PortalTestServer.startOn(database, PortalTestServer.repositoryTenantsWith(GroupsModule.ID), Map.of())) {
                assertThat(rows(database)).isEqualTo(rows);
                assertTheSeeds(again);
            }
        }
    }

    @Test
    void theEmbeddedDefaultOnH2InMySqlModeHasThemToo() {
        try (PortalTestServer portal = PortalTestServer.start(PortalTestServer.repositoryTenantsWith(GroupsModule.ID), Map.of(
                "datasources.default.url", "jdbc:h2:mem:groups_demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.username", "sa",
                "datasources.default.password", ""))) {
            assertTheSeeds(portal);
        }
    }

    static void assertTheSeeds(PortalTestServer portal) {
        List<Programme> orust = as(reader("orust"), "orust", () -> portal.bean(Programmes.class)
                .search(ProgrammeSearch.ALL, Pageable.from(0, 10)).getContent());
        assertThat(orust).extracting(Programme::name).containsExactly("Klubb BUSA");
        Programme busa = orust.get(0);
        assertThat(busa.methodMaterial()).isEqualTo("Hela människan");
        List<SupportGroup> groups = as(reader("orust"), "orust", () -> portal.bean(Groups.class).of(busa.id()));
        assertThat(groups).extracting(SupportGroup::status).containsExactlyInAnyOrder(GroupStatus.RUNNING, GroupStatus.COMPLETED);
        List<FollowUp> figures = as(reader("orust"), "orust", () -> portal.bean(FollowUps.class).of(busa.id()));
        assertThat(figures).extracting(FollowUp::status).containsExactly(FollowUpStatus.SUBMITTED, FollowUpStatus.ACCEPTED);
        assertThat(as(reader("region-jonkoping"), "region-jonkoping", () -> portal.bean(Programmes.class)
                .search(ProgrammeSearch.ALL, Pageable.from(0, 10)).getContent())).extracting(Programme::name)
                .containsExactlyInAnyOrder("Samtal om livet", "Vårsol samtalsgrupper");
        assertThat(as(reader("region-jonkoping"), "region-jonkoping", () -> portal.bean(ReferenceGroups.class).all()))
                .extracting(ReferenceGroup::name).containsExactly("Barn som anhöriga (Barndialogen)");
    }

    static long rows(TestDatabase database) throws Exception {
        long total = 0;
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("groups_programme", "groups_group", "groups_follow_up", "partner_organisation",
                    "groups_reference_group", "groups_reference_meeting", "groups_proposal")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }
}
