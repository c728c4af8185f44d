package se.samverka.agreements.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.core.search.HeaderSearch;
import se.samverka.platform.core.search.SearchView;
import se.samverka.platform.core.testing.KaribuPortal;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/** The search page from the header: hits grouped by kind with links, "Visa fler", the empty state, in Karibu. */
class SearchViewTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    static SearchRecords records;

    @BeforeAll
    static void anAgreementWithAReportMinutesAndADocument() {
        MovableClock.today(LocalDate.of(2025, 3, 1));
        records = SearchRecords.make(SearchRecords.uniqueWord("vy"));
    }

    @AfterAll
    static void realTime() {
        MovableClock.reset();
    }

    static List<String> headings() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    static String status() {
        return _get(Paragraph.class, spec -> spec.withId("search-status")).getText();
    }

    @Test
    void theHeadersFieldOpensTheSearchPageWithTheHitsGroupedByKindAndLinked() {
        KaribuPortal.as(officer(TENANT_A), TENANT_A, "");
        HeaderSearch header = _get(HeaderSearch.class);
        assertThat(header.getElement().getAttribute("role")).isEqualTo("search");
        TextField field = _get(TextField.class, spec -> spec.withId("header-search-field"));
        assertThat(field.getAriaLabel()).isPresent();
        field.setValue(records.word());
        _click(_get(Button.class, spec -> spec.withId("header-search-button")));

        _get(SearchView.class);
        assertThat(headings()).containsExactly("Överenskommelser", "Rapporter", "Styrgruppsprotokoll", "Överenskommelsernas dokument");
        assertThat(status()).isEqualTo("4 träffar i 4 grupper.");
        Anchor agreement = _get(Section.class, spec -> spec.withId("search-group-agreements-agreement"))
                .getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                .filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(agreement.getHref()).isEqualTo("agreements/" + records.agreement().id());
        assertThat(agreement.getText()).contains(records.agreement().agreement().title());
        assertThat(_find(Button.class, spec -> spec.withId("search-more-agreements-agreement"))).allSatisfy(b -> assertThat(b.isVisible()).isFalse());
    }

    @Test
    void visaFlerShowsTheNextHitsOfTheGroupUntilThereAreNoMore() {
        String word = SearchRecords.uniqueWord("fler");
        as(officer(TENANT_A), TENANT_A, () -> {
            long partner = TestAgreements.partner(TestAgreements.alias("f")).id();
            for (int i = 0; i < 6; i++) {
                TestPortal.bean(se.samverka.agreements.agreement.Agreements.class)
                        .createDraft(TestAgreements.terms(partner).withTitle("Avtal " + i + " " + word));
            }
        });
        KaribuPortal.as(officer(TENANT_A), TENANT_A, "search?q=" + word);

        assertThat(_find(Anchor.class, spec -> spec.withClasses("search-hit-link"))).hasSize(5);
        assertThat(status()).isEqualTo("5 träffar visas i 1 grupp; det finns fler.");
        Button more = _get(Button.class, spec -> spec.withId("search-more-agreements-agreement"));
        assertThat(more.getAriaLabel()).hasValue("Visa fler: Överenskommelser");
        _click(more);

        assertThat(_find(Anchor.class, spec -> spec.withClasses("search-hit-link"))).hasSize(6);
        assertThat(more.isVisible()).isFalse();
        assertThat(status()).isEqualTo("6 träffar i 1 grupp.");
    }

    @Test
    void nothingFoundSaysSoAndWhatToTry() {
        KaribuPortal.as(officer(TENANT_A), TENANT_A, "search?q=finns-inte-" + records.word());

        assertThat(headings()).isEmpty();
        assertThat(status()).isEqualTo("Inga träffar för ”finns-inte-" + records.word() + "”. Pröva färre ord eller början av ett ord.");

        KaribuPortal.as(officer(TENANT_A), TENANT_A, "search");
        assertThat(status()).isEqualTo("Skriv ett eller flera ord i sökfältet överst på sidan.");
    }

    @Test
    void aPartnerUserSeesTheirOwnHitsOnly() {
        String word = SearchRecords.uniqueWord("egen");
        SearchRecords own = SearchRecords.make(word);
        SearchRecords other = SearchRecords.make(word);
        KaribuPortal.as(own.partnerUser(), TENANT_A, "search?q=" + word);

        assertThat(_find(Anchor.class, spec -> spec.withClasses("search-hit-link"))).extracting(Anchor::getHref)
                .contains("agreements/" + own.agreement().id())
                .noneMatch(href -> href.startsWith("agreements/" + other.agreement().id()));
        assertThat(status()).isEqualTo("4 träffar i 4 grupper.");
    }
}
