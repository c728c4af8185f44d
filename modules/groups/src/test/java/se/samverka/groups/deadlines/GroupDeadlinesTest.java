package se.samverka.groups.deadlines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.work.Urgency;
import se.samverka.platform.api.work.WorkSource;
import se.samverka.groups.TestGroups;
import se.samverka.groups.TestPortal;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.group.GroupDetails;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.Leader;
import se.samverka.groups.group.SupportGroup;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.calendar.DeadlineSource;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.groups.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;

/** What is due and overdue: a half-year's figures, a group that did not start, a term without a group. */
class GroupDeadlinesTest {

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    static List<GroupDeadline> standing(PortalUser user, LocalDate day) {
        return as(user, ORUST, () -> TestPortal.bean(GroupDeadlines.class).standingOn(day)).stream()
                .filter(d -> d.programmeName().startsWith("D ")).toList();
    }

    @Test
    void theFiguresOfAHalfYearAreAskedForTwoWeeksBeforeItEndsAndAreOverdueAfterTheMonthAfter() {
        MovableClock.today(LocalDate.of(2025, 1, 10));
        String alias = TestPortal.alias("junis");
        Programme programme = as(officer(ORUST), ORUST, () -> TestPortal.bean(Programmes.class)
                .create(TestGroups.programme("D " + alias, TestPortal.partner(alias).id())));
        SupportGroup group = as(officer(ORUST), ORUST, () -> TestPortal.bean(Groups.class).add(programme.id(),
                new GroupDetails("Vårgruppen", "VT 2025", null, null, null, null, null, 10, 90, 8, null, null,
                        List.of(new Leader("Kurator", true)))));

        assertThat(standing(officer(ORUST), LocalDate.of(2024, 12, 20))).as("before it starts: nothing").isEmpty();
        assertThat(standing(officer(ORUST), LocalDate.of(2025, 1, 12))).extracting(GroupDeadline::kind)
                .containsExactly(GroupDeadline.Kind.GROUP_NOT_STARTED);
        as(officer(ORUST), ORUST, () -> TestPortal.bean(Groups.class).move(group.id(), group.version(), GroupStatus.RUNNING, null));
        assertThat(standing(officer(ORUST), LocalDate.of(2025, 6, 15))).as("before the two weeks").isEmpty();
        List<GroupDeadline> asked = standing(officer(ORUST), LocalDate.of(2025, 6, 16));
        assertThat(asked).extracting(GroupDeadline::kind, GroupDeadline::subject, GroupDeadline::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GroupDeadline.Kind.FOLLOW_UP_DUE, "VT 2025", LocalDate.of(2025, 7, 31)));
        assertThat(asked.get(0).isOverdueOn(LocalDate.of(2025, 8, 1))).isTrue();
        assertThat(standing(partner(alias, ORUST), LocalDate.of(2025, 6, 16))).as("the provider sees it too").hasSize(1);
        assertThat(standing(partner(TestPortal.alias("other"), ORUST), LocalDate.of(2025, 6, 16))).isEmpty();

        MovableClock.today(LocalDate.of(2025, 7, 2));
        FollowUp sent = as(partner(alias, ORUST), ORUST, () -> {
            FollowUp draft = TestPortal.bean(FollowUps.class).start(programme.id(), new HalfYear(2025, 1), TestGroups.figures(), null);
            return TestPortal.bean(FollowUps.class).submit(draft.id(), draft.version());
        });
        assertThat(sent.submittedAt()).isNotNull();
        assertThat(standing(officer(ORUST), LocalDate.of(2025, 7, 2))).as("submitted: no longer due").isEmpty();
        assertThat(standing(officer(ORUST), LocalDate.of(2025, 9, 1))).extracting(GroupDeadline::kind)
                .as("a group last term and none this term").containsExactly(GroupDeadline.Kind.NO_GROUP_THIS_TERM);
    }

    @Test
    void theCalendarFeedHasTheDeadlinesInBothLanguages() {
        MovableClock.today(LocalDate.of(2025, 1, 12));
        Programme programme = as(officer(ORUST), ORUST, () -> TestPortal.bean(Programmes.class)
                .create(TestGroups.programme("D " + TestPortal.alias("cal"), null)));
        as(officer(ORUST), ORUST, () -> TestPortal.bean(Groups.class).add(programme.id(),
                new GroupDetails("Höstgruppen", null, LocalDate.of(2025, 1, 8), LocalDate.of(2025, 5, 30), null, null, null, null,
                        null, null, null, null, List.of())));
        DeadlineSource source = TestPortal.shared().context().getBeansOfType(DeadlineSource.class).stream()
                .filter(s -> s.moduleId().equals("groups")).findFirst().orElseThrow();

        assertThat(as(officer(ORUST), ORUST, () -> source.deadlines(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
                .filteredOn(e -> e.summary().sv().startsWith(programme.name()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.summary().sv()).contains("Höstgruppen", "fortfarande planerad");
                    assertThat(entry.summary().en()).contains("still planned");
                    assertThat(entry.link()).isEqualTo("groups/" + programme.id() + "?tab=groups");
                });
    }

    @Test
    void aGroupStillPlannedAfterItsStartIsOverdueWorkInMyWork() {
        MovableClock.today(LocalDate.of(2025, 1, 12));
        Programme programme = as(officer(ORUST), ORUST, () -> TestPortal.bean(Programmes.class)
                .create(TestGroups.programme("W " + TestPortal.alias("work"), null)));
        as(officer(ORUST), ORUST, () -> TestPortal.bean(Groups.class).add(programme.id(),
                new GroupDetails("Vårgruppen", null, LocalDate.of(2025, 1, 8), LocalDate.of(2025, 5, 30), null, null, null, null,
                        null, null, null, null, List.of())));
        WorkSource source = TestPortal.shared().context().getBeansOfType(WorkSource.class).stream()
                .filter(s -> s.moduleId().equals("groups")).findFirst().orElseThrow();

        assertThat(as(officer(ORUST), ORUST, () -> source.work(LocalDate.of(2025, 1, 12))))
                .filteredOn(item -> item.what().sv().startsWith(programme.name()))
                .singleElement().satisfies(item -> {
                    assertThat(item.urgency()).isEqualTo(Urgency.OVERDUE);
                    assertThat(item.todo().sv()).contains("Vårgruppen", "skulle ha börjat");
                    assertThat(item.link()).isEqualTo("groups/" + programme.id() + "?tab=groups");
                });
        assertThat(as(officer(TestPortal.ALMHULT), TestPortal.ALMHULT, () -> source.work(LocalDate.of(2025, 1, 12))))
                .as("another tenant's work").noneMatch(item -> item.what().sv().startsWith(programme.name()));
    }
}
