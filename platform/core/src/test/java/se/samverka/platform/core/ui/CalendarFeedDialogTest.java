package se.samverka.platform.core.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.calendar.CalendarFeeds;
import se.samverka.platform.core.testing.KaribuPortal;
import se.samverka.platform.core.ui.notifications.CalendarFeedDialog;
import se.samverka.testkit.PortalExtension;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.platform.core.ui.NotificationsShellTest.officer;

/** "Min kalender" offers to revoke only an address that exists, and says why not to every user. */
class CalendarFeedDialogTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuSession karibu = new KaribuSession(portal);

    @Test
    void withoutAnAddressRevokingIsDisabledAndDescribedByTheStateThatSaysThereIsNone() {
        String name = "officer.calendar-none";
        KaribuPortal.as(officer(name), "tenant-a", "");
        new CalendarFeedDialog(portal.bean(CalendarFeeds.class), name).open();

        Button revoke = _get(Button.class, spec -> spec.withId("calendar-revoke"));
        Paragraph state = _get(Paragraph.class, spec -> spec.withId("calendar-state"));
        assertThat(revoke.isEnabled()).isFalse();
        assertThat(state.getText()).isEqualTo("Du har ingen kalenderadress.");
        assertThat(revoke.getElement().getAttribute("aria-describedby")).isEqualTo("calendar-state");

        _click(_get(Button.class, spec -> spec.withId("calendar-create")));
        assertThat(revoke.isEnabled()).isTrue();
        assertThat(revoke.getElement().getAttribute("aria-describedby")).isNull();
    }
}
