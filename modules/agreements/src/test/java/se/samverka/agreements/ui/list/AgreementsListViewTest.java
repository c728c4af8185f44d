package se.samverka.agreements.ui.list;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.BrowserWindow;
import se.samverka.platform.core.testing.KaribuPortal;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.TENANT_B;

class AgreementsListViewTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    final PortalUser officer = TestPortal.officer(TENANT_A);

    @Test
    void theListShowsTheCurrentTenantsAgreementsOnly() {
        PartnerOrganisation partnerA = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("la")));
        AgreementDetails inA = TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(partnerA.id()));
        PortalUser officerB = TestPortal.officer(TENANT_B);
        PartnerOrganisation partnerB = TestPortal.as(officerB, TENANT_B, () -> TestAgreements.partner(TestAgreements.alias("lb")));
        AgreementDetails inB = TestPortal.as(officerB, TENANT_B, () -> TestAgreements.draft(partnerB.id()));

        karibu.show(officer, TENANT_A, "agreements");
        assertThat(ids(allRows())).contains(inA.id()).doesNotContain(inB.id());

        // B's partner as a filter in A finds nothing of B's
        show(officer, "partner=" + partnerB.id());
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).contains("matchar");
    }

    @Test
    void aPartnerUserSeesOnlyTheirOrganisationsAgreementsWithoutCreating() {
        String aliasX = TestAgreements.alias("lx");
        PartnerOrganisation x = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(aliasX));
        PartnerOrganisation y = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("ly")));
        AgreementDetails withX = TestPortal.as(officer, TENANT_A, () -> TestAgreements.proposed(x.id()));
        AgreementDetails withY = TestPortal.as(officer, TENANT_A, () -> TestAgreements.proposed(y.id()));

        karibu.show(TestPortal.partner(aliasX, TENANT_A), TENANT_A, "agreements");

        List<AgreementRow> rows = allRows();
        assertThat(ids(rows)).containsExactly(withX.id()).doesNotContain(withY.id());
        assertThat(rows.get(0).partners()).containsExactly(x.name());
        assertThat(_get(H1.class).getText()).contains(x.name());
        _assertNone(Button.class, spec -> spec.withId("agreements-new"));
        _assertNone(ComboBox.class, spec -> spec.withId("agreements-filter-partner"));
    }

    @Test
    void theStatusFilterNarrowsTheRowsAndLivesInTheAddress() {
        PartnerOrganisation partner = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("ls")));
        AgreementDetails draft = TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(partner.id()));
        AgreementDetails active = TestPortal.as(officer, TENANT_A, () -> TestAgreements.active(partner.id()));

        show(officer, "partner=" + partner.id());
        assertThat(ids(allRows())).containsExactlyInAnyOrder(draft.id(), active.id());
        assertThat(((PartnerOrganisation) _get(ComboBox.class, spec -> spec.withId("agreements-filter-partner")).getValue()).id())
                .isEqualTo(partner.id());

        @SuppressWarnings("unchecked")
        Select<AgreementStatus> status = _get(Select.class, spec -> spec.withId("agreements-filter-status"));
        _setValue(status, AgreementStatus.ACTIVE);

        assertThat(location()).contains("status=ACTIVE").contains("partner=" + partner.id());
        assertThat(ids(allRows())).containsExactly(active.id());
        assertThat(_get(Anchor.class, spec -> spec.withId("agreements-export-csv")).getHref())
                .isEqualTo("/api/v1/tenants/" + TENANT_A + "/agreements/export.csv?status=ACTIVE&partner=" + partner.id() + "&lang=sv");
        assertThat(_get(Anchor.class, spec -> spec.withId("agreements-export-xlsx")).getHref())
                .startsWith("/api/v1/tenants/" + TENANT_A + "/agreements/export.xlsx?status=ACTIVE");

        // the address alone (a bookmark, the back button) gives the same list
        show(officer, "status=DRAFT&partner=" + partner.id());
        assertThat(status.getValue()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(ids(allRows())).containsExactly(draft.id());
    }

    @Test
    void sortingAndPagingHappenInTheDatabase() {
        PartnerOrganisation partner = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("lp")));
        List<Long> created = IntStream.range(0, 5).mapToObj(i -> TestPortal.as(officer, TENANT_A,
                () -> TestPortal.bean(Agreements.class).createDraft(TestAgreements.terms(partner.id())
                        .withRegistryNumber("KS/2025:" + i)).id())).toList();

        show(officer, "partner=" + partner.id() + "&sort=-REGISTRY_NUMBER");
        Grid<AgreementRow> grid = grid();
        assertThat(_size(grid)).isEqualTo(5);
        assertThat(ids(allRows())).containsExactly(created.get(4), created.get(3), created.get(2), created.get(1), created.get(0));

        _sortByKey(grid, "REGISTRY_NUMBER", SortDirection.ASCENDING);
        assertThat(location()).contains("sort=REGISTRY_NUMBER").doesNotContain("sort=-");
        // pages smaller than the rows: each page is its own query with an offset
        grid.setPageSize(2);
        assertThat(ids(_fetch(grid, 0, 2))).containsExactlyElementsOf(created.subList(0, 2));
        assertThat(ids(_fetch(grid, 2, 2))).containsExactlyElementsOf(created.subList(2, 4));
        assertThat(ids(_fetch(grid, 4, 2))).containsExactly(created.get(4));
    }

    @Test
    void theTextFilterSearchesAndKeepsWhatTheUserTyped() {
        PartnerOrganisation partner = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("lt")));
        AgreementDetails agreement = TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(partner.id()));
        karibu.show(officer, TENANT_A, "agreements");
        com.vaadin.flow.component.textfield.TextField text = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("agreements-filter-text"));
        _setValue(text, partner.name() + " ");

        assertThat(location()).contains("q=");
        assertThat(text.getValue()).isEqualTo(partner.name() + " ");
        assertThat(ids(allRows())).containsExactly(agreement.id());
    }

    @Test
    void aReaderSeesTheListWithoutTheCreateButton() {
        PartnerOrganisation partner = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("rd")));
        AgreementDetails agreement = TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(partner.id()));
        karibu.show(TestPortal.reader(TENANT_A), TENANT_A, "agreements");
        assertThat(grid()).isNotNull();
        assertThat(ids(allRows())).as("the reader sees the tenant's agreements").contains(agreement.id());
        _assertNone(Button.class, spec -> spec.withId("agreements-new"));

    }

    @Test
    void aCaseOfficerHasTheCreateButton() {
        karibu.show(officer, TENANT_A, "agreements");
        assertThat(_get(Button.class, spec -> spec.withId("agreements-new")).getText()).isEqualTo("Ny överenskommelse");
    }

    @Test
    void aPartnerUserWhoseOrganisationIsPartyToNothingHereIsToldSo() {
        String alias = TestAgreements.alias("le");
        TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(alias));
        karibu.show(TestPortal.partner(alias, TENANT_A), TENANT_A, "agreements");
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("Er organisation är inte part i någon överenskommelse här.");
    }

    @Test
    void theListSpeaksEnglishWhenAskedTo() {
        karibu.locale(java.util.Locale.ENGLISH);
        karibu.show(officer, TENANT_A, "agreements");
        assertThat(_get(H1.class).getText()).isEqualTo("Agreements");
        assertThat(_get(Button.class, spec -> spec.withId("agreements-new")).getText()).isEqualTo("New agreement");
        assertThat(_get(Anchor.class, spec -> spec.withId("agreements-export-xlsx")).getHref()).endsWith("export.xlsx?lang=en");
    }

    @Test
    void aRowOpensTheAgreement() {
        PartnerOrganisation partner = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("lo")));
        AgreementDetails agreement = TestPortal.as(officer, TENANT_A, () -> TestAgreements.draft(partner.id()));
        show(officer, "partner=" + partner.id());
        Anchor title = (Anchor) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid(), 0, "TITLE");
        assertThat(title.getHref()).isEqualTo("agreements/" + agreement.id());
        assertThat(title.getText()).isEqualTo(agreement.agreement().title());

        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid(), 0, grid().getColumnByKey("REGISTRY_NUMBER"), 1,
                false, false, false, false);
        assertThat(location()).isEqualTo("agreements/" + agreement.id());
        assertThat(_get(se.samverka.agreements.ui.detail.AgreementDetailView.class)).isNotNull();
    }

    @Test
    void onAPhoneTheFiltersWaitBehindAButtonThatCountsThemAndTheTitleCarriesTheStatus() {
        PartnerOrganisation partner = TestPortal.as(officer, TENANT_A, () -> TestAgreements.partner(TestAgreements.alias("lp")));
        AgreementDetails active = TestPortal.as(officer, TENANT_A, () -> TestAgreements.active(partner.id()));
        BrowserWindow.width(BrowserWindow.PHONE);
        show(officer, "partner=" + partner.id() + "&status=ACTIVE");

        Button toggle = _get(Button.class, spec -> spec.withId("agreements-filter-toggle"));
        HorizontalLayout filters = hidden(HorizontalLayout.class, "agreements-filters");
        assertThat(toggle.isVisible()).isTrue();
        assertThat(toggle.getText()).isEqualTo("Filter (2)");
        assertThat(filters.isVisible()).isFalse();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo("agreements-filters");

        KaribuPortal.click(toggle);
        assertThat(filters.isVisible()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        // the title alone, the status under it; the grid keeps a readable height and the page scrolls
        assertThat(grid().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey)).containsExactly("TITLE");
        Component cell = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid(), 0, "TITLE");
        assertThat(cell.getChildren().map(c -> c instanceof Anchor anchor ? anchor.getText() : c.getElement().getText()))
                .containsExactly(active.agreement().title(), "aktiv");
        assertThat(grid().getMinHeight()).isEqualTo("20rem");
        assertThat(_get(AgreementsListView.class).getHeight()).isNull();
    }

    @Test
    void onAWideScreenTheFiltersShowAndEveryColumnToo() {
        BrowserWindow.width(1280);
        show(officer, "status=ACTIVE");
        assertThat(hidden(Button.class, "agreements-filter-toggle").isVisible()).isFalse();
        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("agreements-filters")).isVisible()).isTrue();
        assertThat(grid().getColumns()).allMatch(Grid.Column::isVisible);
    }

    /** The list with these query parameters, as a bookmark or the back button opens it. */
    private void show(PortalUser user, String query) {
        karibu.show(user, TENANT_A, "agreements");
        UI.getCurrent().navigate("agreements", QueryParameters.fromString(query));
    }

    /** A component by its id, shown or not (Karibu's lookups see only what is shown). */
    private static <T extends Component> T hidden(Class<T> type, String id) {
        return type.cast(descendants(UI.getCurrent()).filter(c -> id.equals(c.getId().orElse(null))).findFirst().orElseThrow());
    }

    private static java.util.stream.Stream<Component> descendants(Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.getChildren().flatMap(AgreementsListViewTest::descendants));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgreementRow> grid() {
        return _get(Grid.class, spec -> spec.withId("agreements-grid"));
    }

    private static List<AgreementRow> allRows() {
        Grid<AgreementRow> grid = grid();
        return _fetch(grid, 0, _size(grid));
    }

    private static List<Long> ids(List<AgreementRow> rows) {
        return rows.stream().map(AgreementRow::id).toList();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
