package se.samverka.platform.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.ui.DateFields;
import se.samverka.platform.api.validation.StoredDates;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.testing.KaribuPortal;
import se.samverka.testkit.PortalExtension;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every date field reads 1/6/2026 as Swedes write it and says what is wrong with "hej" (issue 13, bug 9). */
class DateFieldsTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);

    @RegisterExtension
    final KaribuSession karibu = new KaribuSession(portal);

    @Test
    void aDateFieldShowsTheIsoFormReadsDayBeforeMonthAndNamesBadInputInTheUsersLanguage() {
        DatePicker field = DateFields.date("Från och med");
        UI.getCurrent().add(field);

        DatePicker.DatePickerI18n i18n = field.getI18n();
        assertThat(i18n.getDateFormats()).startsWith("yyyy-MM-dd").contains("d/M/yyyy", "d.M.yyyy");
        assertThat(i18n.getBadInputErrorMessage()).startsWith("Det här är inte ett datum");
        assertThat(i18n.getMonthNames()).startsWith("Januari", "Februari");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);

        KaribuPortal.locale(Locale.ENGLISH);
        DatePicker english = DateFields.date("From");
        UI.getCurrent().add(english);
        assertThat(english.getI18n().getBadInputErrorMessage()).startsWith("This is not a date");
        assertThat(english.getI18n().getMonthNames()).startsWith("January");
    }

    @Test
    void aDateFieldTakesOnlyTheDatesTheDatabaseStoresUnlessTheViewNarrowsThem() {
        DatePicker field = DateFields.date("Från och med");
        UI.getCurrent().add(field);

        assertThat(field.getMin()).isEqualTo(StoredDates.MIN);
        assertThat(field.getMax()).isEqualTo(StoredDates.MAX);
        field.setValue(LocalDate.of(1899, 12, 31));
        assertThat(field.isInvalid()).as("year 1899 is refused at the field, as the API refuses it").isTrue();
        assertThat(field.getI18n().getMinErrorMessage()).isEqualTo("Datumet är för tidigt.");
        field.setValue(LocalDate.of(2026, 6, 1));
        assertThat(field.isInvalid()).isFalse();

        DatePicker narrowed = new DatePicker("Till och med");
        narrowed.setMin(LocalDate.of(2026, 1, 1));
        UI.getCurrent().add(DateFields.localised(narrowed));
        assertThat(narrowed.getMin()).as("the view's own limit stays").isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(narrowed.getMax()).isEqualTo(StoredDates.MAX);
    }
}
