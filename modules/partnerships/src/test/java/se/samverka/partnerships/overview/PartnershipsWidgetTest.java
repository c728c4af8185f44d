package se.samverka.partnerships.overview;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.platform.core.testing.KaribuExtension;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** The dashboard card: the active partnerships by country and running phase, and the year's budget, summed in SQL. */
class PartnershipsWidgetTest {

    @RegisterExtension
    final KaribuExtension karibu = new KaribuExtension(() -> TestPortal.shared().context());

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void theCardCountsTheActivePartnershipsByCountryAndByThePhaseRunningToday() {
        Fixture.inAlmhult(); // South Africa, inception 2020-01-15 – 2020-06-30, granted
        MovableClock.today(LocalDate.of(2020, 3, 1));
        long inSouthAfrica = as(reader(ALMHULT), ALMHULT, () -> TestPortal.bean(PartnershipFigures.class).byCountry()).stream()
                .filter(c -> c.code().equals("ZA")).findFirst().orElseThrow().partnerships();

        karibu.show(reader(ALMHULT), ALMHULT, "");
        _get(Section.class, spec -> spec.withId("widget-partnerships"));

        Anchor southAfrica = _get(Anchor.class, spec -> spec.withId("partnerships-country-ZA"));
        assertThat(southAfrica.getElement().getAttribute("aria-label")).isEqualTo("Sydafrika: " + inSouthAfrica);
        assertThat(southAfrica.getHref()).as("the bar links to the list it counts").isEqualTo("partnerships?country=ZA&ongoing=true");
        assertThat(_get(Div.class, spec -> spec.withId("partnerships-phase-INCEPTION")).getElement().getAttribute("aria-label"))
                .startsWith("Förberedelse");
        assertThat(_get(Div.class, spec -> spec.withId("partnerships-budget-spent")).getElement().getAttribute("aria-label"))
                .startsWith("Utfall: ").endsWith(" kr");
    }

    @Test
    void anotherTenantsPartnershipsAndMoneyAreNotCounted() {
        PartnershipFigures figures = TestPortal.bean(PartnershipFigures.class);
        String before = as(officer(ORUST), ORUST, () -> figures.byCountry() + " " + figures.money(2020));
        Fixture.inAlmhult();
        assertThat(as(officer(ORUST), ORUST, () -> figures.byCountry() + " " + figures.money(2020))).isEqualTo(before);
    }
}
