package se.samverka.groups.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.groups.TestGroups;
import se.samverka.groups.TestPortal;
import se.samverka.groups.disclosure.Disclosure;
import se.samverka.groups.documents.ProgrammeDocumentKind;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUpStatus;
import se.samverka.groups.followup.FollowUpTable;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.group.CancelReason;
import se.samverka.groups.group.GroupDetails;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.Leader;
import se.samverka.groups.group.SupportGroup;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.programme.TargetSituation;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.documents.RecordDocument;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.ui.RowActions;
import se.samverka.platform.core.testing.KaribuExtension;
import se.samverka.platform.core.testing.MovableClock;
import se.samverka.platform.core.testing.TestFiles;
import se.samverka.platform.core.ui.error.NotFoundView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.groups.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.admin;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** The module's views without a browser: list, the programme dialog, the groups and follow-up tabs. */
class ProgrammeViewsTest {

    @RegisterExtension
    final KaribuExtension karibu = new KaribuExtension(() -> TestPortal.shared().context());

    static String alias;
    static PortalUser junis;
    static long junisId;

    @BeforeAll
    static void junisInOrust() {
        MovableClock.today(LocalDate.of(2025, 7, 10));
        alias = TestPortal.alias("junis");
        junis = partner(alias, ORUST);
        junisId = as(officer(ORUST), ORUST, () -> TestPortal.partner(alias).id());
    }

    @AfterAll
    static void realTime() {
        MovableClock.reset();
    }

    static Programme programme() {
        return as(officer(ORUST), ORUST, () -> TestPortal.bean(Programmes.class)
                .create(TestGroups.programme("Klubb BUSA " + TestPortal.alias("v"), junisId)));
    }

    @Test
    void anOfficerCreatesAProgrammeInTheDialogAndARefusalStaysAtItsField() {
        karibu.show(officer(ORUST), ORUST, "groups");
        _click(_get(Button.class, spec -> spec.withId("programmes-new")));
        _click(_get(Button.class, spec -> spec.withId("programme-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("programme-name")).isInvalid()).as("a name is needed").isTrue();

        String name = "Samtal om livet " + TestPortal.alias("n");
        _setValue(_get(TextField.class, spec -> spec.withId("programme-name")), name);
        @SuppressWarnings("unchecked")
        CheckboxGroup<TargetSituation> situations = _get(CheckboxGroup.class, spec -> spec.withId("programme-situations"));
        _setValue(situations, Set.of(TargetSituation.GRIEF));
        _click(_get(Button.class, spec -> spec.withId("programme-save")));

        assertThat(_get(H1.class, spec -> spec.withId("programme-title")).getText()).isEqualTo(name);
    }

    @Test
    void aPartnerSeesItsProgrammeAndAnotherOrganisationsIsAPageThatDoesNotExist() {
        Programme busa = programme();
        karibu.show(junis, ORUST, ProgrammeView.path(busa.id()));
        assertThat(_get(H1.class, spec -> spec.withId("programme-title")).getText()).isEqualTo(busa.name());
        assertThat(_find(Button.class, spec -> spec.withId("programme-edit"))).as("a partner changes no programme").isEmpty();

        karibu.show(partner(TestPortal.alias("varsol"), ORUST), ORUST, ProgrammeView.path(busa.id()));
        _get(NotFoundView.class);
        karibu.show(officer(ORUST), ORUST, "groups/abc");
        _get(NotFoundView.class);
    }

    @Test
    void theProviderUploadsAReportInTheDocumentsTabIsToldToNameNoChildAndAReaderOnlyReads() {
        Programme busa = programme();
        karibu.show(junis, ORUST, ProgrammeView.path(busa.id()) + "?tab=documents");
        @SuppressWarnings("unchecked")
        Select<ProgrammeDocumentKind> kind = _get(Select.class);
        assertThat(kind.getListDataView().getItems().toList()).containsExactly(ProgrammeDocumentKind.DESCRIPTION,
                ProgrammeDocumentKind.REPORT, ProgrammeDocumentKind.INFORMATION);
        assertThat(_get(Paragraph.class, spec -> spec.withId("programme-documents-no-children")).getText())
                .contains("inga namn, personnummer, deltagarlistor");
        kind.setValue(ProgrammeDocumentKind.REPORT);
        UploadKt._upload(_get(Upload.class), "Verksamhetsberättelse 2025.pdf", "application/pdf", TestFiles.PDF);

        @SuppressWarnings("unchecked")
        Grid<RecordDocument<ProgrammeDocumentKind>> list = _get(Grid.class, spec -> spec.withId("programme-documents-list"));
        assertThat(list.getListDataView().getItems().map(RecordDocument::filename).toList())
                .containsExactly("Verksamhetsberättelse 2025.pdf");
        assertThat(list.getColumnByKey(RowActions.KEY)).as("the provider removes nothing").isNull();

        karibu.show(reader(ORUST), ORUST, ProgrammeView.path(busa.id()) + "?tab=documents");
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("programme-documents-no-children"))).isEmpty();
        assertThat(_size(_get(Grid.class, spec -> spec.withId("programme-documents-list")))).isEqualTo(1);
    }

    @Test
    void aGroupWithoutATrainedLeaderIsWarnedAbout() {
        Programme busa = programme();
        karibu.show(officer(ORUST), ORUST, ProgrammeView.path(busa.id()) + "?tab=groups");
        _click(_get(Button.class, spec -> spec.withId("group-new")));
        _click(_get(Button.class, spec -> spec.withId("group-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("group-name")).isInvalid()).as("a name is needed, said at the field")
                .isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("group-name")), "Onsdagsgruppen");
        _setValue(_get(TextField.class, spec -> spec.withId("group-term")), "HT 2025");
        _get(Checkbox.class, spec -> spec.withClasses("group-leader-trained")).setValue(false);
        _setValue(_get(TextField.class, spec -> spec.withClasses("group-leader-function")), "Fritidsledare");
        _click(_get(Button.class, spec -> spec.withId("group-save")));

        assertThat(_find(Callout.class)).extracting(c -> c.getElement().getTextRecursively())
                .anyMatch(text -> text.contains("Onsdagsgruppen") && text.contains("beteendevetenskaplig"));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("groups-grid"));
        assertThat(_size(grid)).isEqualTo(1);

        karibu.show(officer(ORUST), ORUST, ProgrammeView.path(busa.id()) + "?tab=history");
        @SuppressWarnings("unchecked")
        Grid<Object> history = _get(Grid.class, spec -> spec.withId("programme-history-grid"));
        assertThat(_size(history)).as("the programme and its group created").isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0)).anyMatch(cell -> cell.startsWith("En grupp: skapades"))
                .anyMatch(cell -> cell.contains("Fritidsledare"));
    }

    @Test
    void aTenantAdministratorSetsTheThresholdInItsDialogAndAnOfficerHasNoSuchButton() {
        karibu.show(officer(ORUST), ORUST, "groups");
        assertThat(_find(Button.class, spec -> spec.withId("programmes-threshold"))).isEmpty();
        karibu.show(admin(ORUST), ORUST, ""); // away first: the same route again would keep the officer's view
        karibu.show(admin(ORUST), ORUST, "groups");
        _click(_get(Button.class, spec -> spec.withId("programmes-threshold")));
        IntegerField threshold = _get(IntegerField.class, spec -> spec.withId("threshold-value"));
        assertThat(threshold.getValue()).isEqualTo(5);
        _setValue(threshold, 30);
        _click(_get(Button.class, spec -> spec.withId("threshold-save")));
        assertThat(threshold.isInvalid()).as("2 to 20").isTrue();
        _setValue(threshold, 5);
        _click(_get(Button.class, spec -> spec.withId("threshold-save")));
        assertThat(as(admin(ORUST), ORUST, () -> TestPortal.bean(Disclosure.class).setting().version())).isNotNull();
    }

    @Test
    void aGroupIsStartedAndCancelledWithAReasonFromItsRow() {
        Programme busa = programme();
        SupportGroup group = as(officer(ORUST), ORUST, () -> TestPortal.bean(Groups.class).add(busa.id(),
                new GroupDetails("Tisdagsgruppen", "HT 2025", null, null, null, null, null, 10, 90, 8, null, null,
                        List.of(new Leader("Kurator", true)))));
        karibu.show(officer(ORUST), ORUST, ProgrammeView.path(busa.id()) + "?tab=groups");
        @SuppressWarnings("unchecked")
        Grid<SupportGroup> grid = _get(Grid.class, spec -> spec.withId("groups-grid"));
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("group-" + group.id() + "-to-CANCELLED")));
        assertThat(_get(Select.class, spec -> spec.withId("group-cancel-reason")).getValue())
                .isEqualTo(CancelReason.TOO_FEW_REGISTRATIONS);
        _click(_get(Button.class, spec -> spec.withId("group-status-confirm")));

        SupportGroup cancelled = as(officer(ORUST), ORUST, () -> TestPortal.bean(Groups.class).find(group.id())).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(GroupStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo(CancelReason.TOO_FEW_REGISTRATIONS);
    }

    @Test
    void aCommentWithProbableNamesIsPointedOutAndOneWithAPersonalNumberIsRefusedAtTheField() {
        Programme busa = programme();
        karibu.show(junis, ORUST, ProgrammeView.path(busa.id()) + "?tab=follow-up");
        _click(_get(Button.class, spec -> spec.withId("follow-up-new")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("follow-up-comment"));
        _setValue(comment, "Alva och Noah slutade efter jul.");
        Callout names = _get(Callout.class, spec -> spec.withId("follow-up-names"));
        assertThat(names.isVisible()).isTrue();
        assertThat(names.getElement().getTextRecursively()).contains("Alva, Noah");

        _setValue(comment, "Barnet 20120314-2383 slutade.");
        _click(_get(Button.class, spec -> spec.withId("follow-up-save")));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).contains("personnummer");
        assertThat(as(junis, ORUST, () -> TestPortal.bean(FollowUps.class).of(busa.id()))).as("nothing saved").isEmpty();
    }

    @Test
    void thePartnerReportsWithLiveChecksTheOfficerAcceptsAndAReaderSeesProtectedFigures() {
        Programme busa = programme();
        karibu.show(junis, ORUST, ProgrammeView.path(busa.id()) + "?tab=follow-up");
        _click(_get(Button.class, spec -> spec.withId("follow-up-new")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("figure-enrolled")), 14);
        _setValue(_get(IntegerField.class, spec -> spec.withId("figure-newChildren")), 6);
        _setValue(_get(IntegerField.class, spec -> spec.withId("figure-remaining")), 7);
        IntegerField remaining = _get(IntegerField.class, spec -> spec.withId("figure-remaining"));
        assertThat(remaining.isInvalid()).as("checked while typing").isTrue();
        assertThat(remaining.getErrorMessage()).contains("14");
        _setValue(remaining, 8);
        assertThat(remaining.isInvalid()).isFalse();
        for (String[] value : new String[][]{{"groupsRunning", "2"}, {"notAttending", "1"}, {"requestedByOtherService", "5"},
                {"violenceExperience", "4"}, {"genders-GIRL", "3"}, {"genders-BOY", "11"}}) {
            _setValue(_get(IntegerField.class, spec -> spec.withId("figure-" + value[0])), Integer.parseInt(value[1]));
        }
        _click(_get(Button.class, spec -> spec.withId("follow-up-submit")));
        FollowUp submitted = as(junis, ORUST, () -> TestPortal.bean(FollowUps.class).of(busa.id(), new HalfYear(2025, 1))).orElseThrow();
        assertThat(submitted.status()).isEqualTo(FollowUpStatus.SUBMITTED);

        karibu.show(officer(ORUST), ORUST, ProgrammeView.path(busa.id()) + "?tab=follow-up");
        @SuppressWarnings("unchecked")
        Grid<FollowUp> followUps = _get(Grid.class, spec -> spec.withId("follow-ups-grid"));
        _click(_get(GridKt._getCellComponent(followUps, 0, "actions"), Button.class, spec -> spec.withId("follow-up-2025-1-accept")));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anyMatch(text -> text.contains("godkänd"));
        assertThat(cell("genders.GIRL")).as("the officer's screen: exact").isEqualTo("3");

        karibu.show(reader(ORUST), ORUST, ProgrammeView.path(busa.id()) + "?tab=follow-up");
        assertThat(cell("genders.GIRL")).isEqualTo("<5");
        assertThat(cell("genders.BOY")).as("11 = 14 − 3 would give the 3 away").isEqualTo("..");
        assertThat(_get(Paragraph.class, spec -> spec.withId("follow-up-table-footnote")).getText()).contains("<5");
    }

    @Test
    void anOfficerReturnsFiguresInTheDialogAnEmptyReasonIsRefusedAtTheFieldAndThePartnerSeesWhy() {
        Programme busa = programme();
        as(junis, ORUST, () -> {
            FollowUps followUps = TestPortal.bean(FollowUps.class);
            FollowUp draft = followUps.start(busa.id(), new HalfYear(2025, 1), TestGroups.figures(), null);
            return followUps.submit(draft.id(), draft.version());
        });
        karibu.show(officer(ORUST), ORUST, ProgrammeView.path(busa.id()) + "?tab=follow-up");
        @SuppressWarnings("unchecked")
        Grid<FollowUp> followUps = _get(Grid.class, spec -> spec.withId("follow-ups-grid"));
        _click(_get(GridKt._getCellComponent(followUps, 0, "actions"), Button.class, spec -> spec.withId("follow-up-2025-1-return")));
        _click(_get(Button.class, spec -> spec.withId("follow-up-return-confirm")));
        TextArea why = _get(TextArea.class, spec -> spec.withId("follow-up-return-comment"));
        assertThat(why.isInvalid()).as("a reason is needed").isTrue();
        assertThat(why.getErrorMessage()).isNotBlank();

        _setValue(why, "Nya och kvarstående går inte ihop.");
        _click(_get(Button.class, spec -> spec.withId("follow-up-return-confirm")));
        assertThat(as(junis, ORUST, () -> TestPortal.bean(FollowUps.class).of(busa.id(), new HalfYear(2025, 1))).orElseThrow()
                .status()).isEqualTo(FollowUpStatus.RETURNED);
        karibu.show(junis, ORUST, ProgrammeView.path(busa.id()) + "?tab=follow-up");
        @SuppressWarnings("unchecked")
        Grid<FollowUp> partnersView = _get(Grid.class, spec -> spec.withId("follow-ups-grid"));
        assertThat(GridKt._getFormattedRow(partnersView, 0)).contains("Nya och kvarstående går inte ihop.");
        _get(GridKt._getCellComponent(partnersView, 0, "actions"), Button.class, spec -> spec.withId("follow-up-2025-1-edit"));
    }

    @Test
    void theOverviewTellsTheSituationsAgesAndMethodAndTheFactsNameTheProvider() {
        Programme busa = programme();
        karibu.show(reader(ORUST), ORUST, ProgrammeView.path(busa.id()));
        String overview = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("programme-overview")).getElement().getTextRecursively();
        assertThat(overview).contains("Missbruk").contains("7–13").contains("Hela människan");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("programme-provider-fact")).getText())
                .isEqualTo("Drivs av: Förening " + alias);
        assertThat(_find(Button.class, spec -> spec.withId("programme-edit"))).as("a reader changes nothing").isEmpty();
    }

    /** The first half-year's text of a row of the follow-up table. */
    @SuppressWarnings("unchecked")
    static String cell(String row) {
        Grid<FollowUpTable.Row> grid = _get(_get(FollowUpTableGrid.class), Grid.class, spec -> { });
        for (int i = 0; i < _size(grid); i++) {
            if (GridKt._get(grid, i).key().equals(row)) {
                return GridKt._getFormattedRow(grid, i).get(1);
            }
        }
        throw new AssertionError("no row " + row);
    }
}
