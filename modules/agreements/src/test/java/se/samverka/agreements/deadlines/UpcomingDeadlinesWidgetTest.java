package se.samverka.agreements.deadlines;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/** "Närmaste tidsfrister" on the dashboard, in Karibu. */
class UpcomingDeadlinesWidgetTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void aPartnerUserSeesTheNextDeadlinesOfTheirOrganisationsAgreementLinkingToIt() {
        MovableClock.today(LocalDate.of(2026, 6, 1));
        String alias = TestAgreements.alias("w");
        AgreementDetails agreement = as(officer(TENANT_A), TENANT_A, () -> TestAgreements.active(TestAgreements.partner(alias).id()));

        karibu.show(TestPortal.partner(alias, TENANT_A), TENANT_A, "");

        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("deadlines-list"));
        assertThat(_find(list, Anchor.class)).filteredOn(a -> a.getHref().startsWith("agreements/"))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getHref()).isEqualTo("agreements/" + agreement.id()))
                .anySatisfy(a -> assertThat(a.getText()).startsWith("Förnyelsediskussion senast: "));
    }

    @Test
    void withoutDeadlinesTheWidgetSaysSo() {
        String alias = TestAgreements.alias("w-none");
        as(officer(TENANT_A), TENANT_A, () -> TestAgreements.partner(alias));

        karibu.show(TestPortal.partner(alias, TENANT_A), TENANT_A, "");

        assertThat(_get(Paragraph.class, spec -> spec.withId("deadlines-empty")).getText())
                .isEqualTo("Inga tidsfrister det närmaste året.");
    }
}
