package se.samverka.agreements.deadlines;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
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

/** "Mitt arbete" (the platform's view, card and navigation count) with the agreements' work in it, in Karibu. */
class MyWorkViewTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @AfterEach
    void realTime() {
        MovableClock.reset();
    }

    @Test
    void aPartnerSeesTheirOverdueReportsOnTheStartPageInTheViewAndAsACountInTheNavigation() {
        MovableClock.today(LocalDate.of(2025, 3, 1));
        String alias = TestAgreements.alias("mw");
        AgreementDetails agreement = as(officer(TENANT_A), TENANT_A, () -> TestAgreements.active(TestAgreements.partner(alias).id()));

        karibu.show(TestPortal.partner(alias, TENANT_A), TENANT_A, "");

        Section card = _get(Section.class, spec -> spec.withId("widget-my-work"));
        assertThat(_get(card, H2.class).getText()).isEqualTo("Mitt arbete");
        // 2024-H1 and 2024-H2 are both past their dates
        UnorderedList overdue = _get(card, UnorderedList.class, spec -> spec.withId("my-work-overdue"));
        assertThat(_find(overdue, ListItem.class)).hasSize(2);
        assertThat(_find(overdue, Anchor.class)).allSatisfy(a -> assertThat(a.getHref()).isEqualTo("agreements/" + agreement.id() + "?tab=follow-up"));
        assertThat(_get(card, com.vaadin.flow.component.html.H3.class, spec -> spec.withId("my-work-overdue-heading")).getText())
                .isEqualTo("Försenat (2)");
        SideNavItem nav = _get(SideNavItem.class, spec -> spec.withId("nav-my-work"));
        assertThat(nav.getLabel()).isEqualTo("Mitt arbete");
        assertThat(_get(Span.class, spec -> spec.withId("nav-my-work-count")).getText()).isEqualTo("2");
        assertThat(nav.getSuffixComponent().getElement().getTextRecursively()).contains("2 saker att göra, 2 försenade");

        karibu.show(TestPortal.partner(alias, TENANT_A), TENANT_A, "my-work");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("my-work-overdue")), ListItem.class))
                .extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Rapporten för 2024-H1 skulle ha lämnats senast 2024-07-30")
                        .contains("Försenat").contains("Skulle ha varit klart 2024-07-30").contains("Överenskommelser"));
    }

    @Test
    void withNothingToDoTheViewSaysSoAndTheNavigationHasNoCount() {
        String alias = TestAgreements.alias("mw-none");
        as(officer(TENANT_A), TENANT_A, () -> TestAgreements.partner(alias));

        karibu.show(TestPortal.partner(alias, TENANT_A), TENANT_A, "my-work");

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("my-work-intro")).getText())
                .isEqualTo("Du har inget försenat och inget som ska vara klart inom 30 dagar.");
        assertThat(_find(Span.class, spec -> spec.withId("nav-my-work-count"))).isEmpty();
    }
}
