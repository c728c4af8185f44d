package se.samverka.partnerships.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.partnerships.Fixture;
import se.samverka.partnerships.TestPortal;
import se.samverka.partnerships.budget.Ceilings;
import se.samverka.partnerships.partnership.PartnershipStatus;
import se.samverka.partnerships.round.Round;
import se.samverka.partnerships.round.Rounds;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.core.testing.KaribuExtension;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.partnerships.TestPortal.ORUST;
import static se.samverka.platform.core.testing.TestUsers.admin;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.reader;

/**
 * The list's filters in the address (a bookmark, a dashboard bar, the back button), the application rounds kept
 * from the list and the ceilings only the administrator changes.
 */
class RoundsCeilingsAndAddressTest {

    @RegisterExtension
    final KaribuExtension karibu = new KaribuExtension(() -> TestPortal.shared().context());

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void anAddressSetsTheFiltersAndAChangedFilterIsANewAddress() {
        Fixture f = Fixture.inAlmhult();
        String word = f.partnership().title().substring(f.partnership().title().lastIndexOf(' ') + 1);
        karibu.show(reader(ALMHULT), ALMHULT, "partnerships?country=za&ongoing=true&q=" + word + "&phase=NOT_A_PHASE");
        @SuppressWarnings("unchecked")
        Select<String> country = _get(Select.class, spec -> spec.withId("partnerships-filter-country"));
        assertThat(country.getValue()).isEqualTo("ZA");
        assertThat(_get(Checkbox.class, spec -> spec.withId("partnerships-filter-ongoing")).getValue()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("partnerships-filter-text")).getValue()).isEqualTo(word);
        @SuppressWarnings("unchecked")
        Select<Object> phase = _get(Select.class, spec -> spec.withId("partnerships-filter-phase"));
        assertThat(phase.getValue()).as("an unreadable value is ignored").isNull();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("partnerships-grid"));
        assertThat(_size(grid)).isEqualTo(1);

        @SuppressWarnings("unchecked")
        Select<PartnershipStatus> status = _get(Select.class, spec -> spec.withId("partnerships-filter-status"));
        _setValue(status, PartnershipStatus.ENDED);
        assertThat(location()).contains("status=ENDED").contains("ongoing=true").contains("country=ZA");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("partnerships-grid")))).as("ended and ongoing: none").isZero();
    }

    @Test
    void anOfficerEntersChangesAndRemovesARoundAndTheListSaysTheNextOne() {
        Rounds rounds = TestPortal.bean(Rounds.class);
        LocalDate today = LocalDate.now();
        as(officer(ALMHULT), ALMHULT, () -> rounds.closingFrom(today).forEach(r -> rounds.remove(r.id())));
        karibu.show(officer(ALMHULT), ALMHULT, "partnerships?show=rounds");
        assertThat(_find(Callout.class, spec -> spec.withId("partnerships-next-round"))).as("no round: nothing said").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("round-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("round-name")).isInvalid()).as("a name is needed").isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("round-name")), "ICLD:s projektansökan");
        _click(_get(Button.class, spec -> spec.withId("round-save")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("round-closes-on")).isInvalid()).as("a closing date is needed").isTrue();
        _setValue(_get(DatePicker.class, spec -> spec.withId("round-closes-on")), today.plusDays(40));
        _click(_get(Button.class, spec -> spec.withId("round-save")));
        Round round = as(reader(ALMHULT), ALMHULT, () -> rounds.closingFrom(today)).get(0);
        assertThat(round.name()).isEqualTo("ICLD:s projektansökan");
        assertThat(_get(Callout.class, spec -> spec.withId("partnerships-next-round")).getText())
                .contains("ICLD:s projektansökan").contains("om 40 dagar");

        _click(action("round-" + round.id() + "-change"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("round-closes-on")), today.plusDays(10));
        _click(_get(Button.class, spec -> spec.withId("round-save")));
        assertThat(as(reader(ALMHULT), ALMHULT, () -> rounds.find(round.id()))).map(Round::closesOn).contains(today.plusDays(10));

        _click(action("round-" + round.id() + "-remove"));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("round-remove-confirm")));
        assertThat(as(reader(ALMHULT), ALMHULT, () -> rounds.find(round.id()))).isEmpty();
        assertThat(_find(Callout.class, spec -> spec.withId("partnerships-next-round"))).as("no round: nothing said").isEmpty();
    }

    @Test
    void aReaderSeesTheRoundsAndTheCeilingsButChangesNeither() {
        karibu.show(reader(ALMHULT), ALMHULT, "partnerships");
        _click(_get(Button.class, spec -> spec.withId("partnerships-rounds")));
        _get(Grid.class, spec -> spec.withId("rounds-grid"));
        assertThat(_find(TextField.class, spec -> spec.withId("round-name"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("rounds-close")));

        _click(_get(Button.class, spec -> spec.withId("partnerships-ceilings")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("ceiling-project-africa_asia")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("ceilings-save"))).isEmpty();
    }

    @Test
    void theAdministratorChangesACeilingAndAnEmptiedOneIsRefusedAtItsFieldWithNothingSaved() {
        karibu.show(admin(ORUST), ORUST, "partnerships");
        _click(_get(Button.class, spec -> spec.withId("partnerships-ceilings")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("ceiling-inception-europe")), 230_000);
        _setValue(_get(IntegerField.class, spec -> spec.withId("ceiling-project-europe")), null);
        _click(_get(Button.class, spec -> spec.withId("ceilings-save")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("ceiling-project-europe")).isInvalid()).isTrue();
        assertThat(figure("INCEPTION/EUROPE")).as("nothing saved").isEqualTo(220_000L);

        _setValue(_get(IntegerField.class, spec -> spec.withId("ceiling-project-europe")), 460_000);
        _click(_get(Button.class, spec -> spec.withId("ceilings-save")));
        assertThat(List.of(figure("INCEPTION/EUROPE"), figure("PROJECT/EUROPE"))).containsExactly(230_000L, 460_000L);
        assertThat(_find(IntegerField.class, spec -> spec.withId("ceiling-inception-europe"))).as("the dialog closed").isEmpty();
    }

    /** A button of the rounds grid's only row (a grid's cells are not in the component tree). */
    private static Button action(String id) {
        @SuppressWarnings("unchecked")
        Grid<Round> grid = _get(Grid.class, spec -> spec.withId("rounds-grid"));
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(grid, 0, "actions");
        return actions.getChildren().map(Button.class::cast).filter(b -> b.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private static Long figure(String key) {
        return as(admin(ORUST), ORUST, () -> TestPortal.bean(Ceilings.class).all().get(key));
    }
}
