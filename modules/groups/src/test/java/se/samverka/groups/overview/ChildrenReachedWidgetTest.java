package se.samverka.groups.overview;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.groups.TestGroups;
import se.samverka.groups.TestPortal;
import se.samverka.groups.followup.Figures;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.core.testing.KaribuExtension;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** The dashboard's children reached: per programme, protected, and the total cannot give a small one away. */
class ChildrenReachedWidgetTest {

    static final String REGION = TestPortal.REGION;

    @RegisterExtension
    final KaribuExtension karibu = new KaribuExtension(() -> TestPortal.shared().context());

    static Programme small;
    static Programme large;

    @BeforeAll
    static void twoProgrammesReported() {
        MovableClock.today(LocalDate.of(2031, 7, 10));
        small = reported("Liten " + TestPortal.alias("s"), new Figures(3, 1, 1, 2, 0, 0, 0, null, null, null, null, null, null, null));
        large = reported("Stor " + TestPortal.alias("l"), new Figures(20, 2, 10, 10, 0, 0, 0, null, null, null, null, null, null, null));
    }

    @AfterAll
    static void realTime() {
        MovableClock.reset();
    }

    static Programme reported(String name, Figures figures) {
        return as(officer(REGION), REGION, () -> {
            Programme p = TestPortal.bean(Programmes.class).create(TestGroups.programme(name, null));
            FollowUp draft = TestPortal.bean(FollowUps.class).start(p.id(), new HalfYear(2031, 1), figures, null);
            TestPortal.bean(FollowUps.class).submit(draft.id(), draft.version());
            return p;
        });
    }

    @Test
    void aSmallCountShowsAsLessThanFiveAndTheBarBesideItIsHiddenSoTheTotalGivesNothingAway() {
        karibu.show(reader(REGION), REGION, "");
        _get(Section.class, spec -> spec.withId("widget-" + ChildrenReachedWidget.ID));

        Anchor smallBar = _get(Anchor.class, spec -> spec.withId("groups-reached-" + small.id()));
        Anchor largeBar = _get(Anchor.class, spec -> spec.withId("groups-reached-" + large.id()));
        assertThat(smallBar.getElement().getAttribute("aria-label")).endsWith(": <5");
        assertThat(largeBar.getElement().getAttribute("aria-label")).as("20 = 23 − 3").endsWith(": ..");
        assertThat(largeBar.getHref()).isEqualTo("groups/" + large.id());
    }
}
