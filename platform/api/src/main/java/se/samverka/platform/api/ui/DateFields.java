package se.samverka.platform.api.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import se.samverka.platform.api.validation.StoredDates;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date field that reads dates the way people in Sweden type them and says what is wrong: the portal's
 * form 2026-06-01 first (and shown), then 1/6/2026, 1.6.2026 and 20260601 (day before month, as written
 * here); month and weekday names in the user's language, weeks from Monday; text that is not a date gets a
 * message at the field ("hej"), instead of Vaadin's silent red or a cleared field; and only the dates the
 * database stores exactly ({@link StoredDates}, the API's range too) unless the view narrows them.
 */
public final class DateFields {

    private DateFields() {
    }

    /** A new date field with the label, localised when it is shown. */
    public static DatePicker date(String label) {
        return localised(new DatePicker(label));
    }

    /** Localises the field when it is attached (its locale is the UI's then). */
    public static DatePicker localised(DatePicker field) {
        field.addAttachListener(e -> apply(field));
        return field;
    }

    private static void apply(DatePicker field) {
        Locale locale = field.getLocale() == null ? Locale.forLanguageTag("sv") : field.getLocale();
        field.setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormats("yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy", "d/M/yy", "yyyyMMdd")
                .setMonthNames(capitalised(Arrays.asList(symbols.getMonths()).subList(0, 12), locale))
                .setWeekdays(capitalised(Arrays.asList(symbols.getWeekdays()).subList(1, 8), locale))
                .setWeekdaysShort(capitalised(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8), locale))
                .setFirstDayOfWeek(1)
                .setToday(field.getTranslation("date.today"))
                .setCancel(field.getTranslation("date.cancel"))
                .setBadInputErrorMessage(field.getTranslation("date.bad-input"))
                .setMinErrorMessage(field.getTranslation("date.too-early"))
                .setMaxErrorMessage(field.getTranslation("date.too-late"));
        field.setI18n(i18n);
        if (field.getMin() == null || field.getMin().isBefore(StoredDates.MIN)) {
            field.setMin(StoredDates.MIN);
        }
        if (field.getMax() == null || field.getMax().isAfter(StoredDates.MAX)) {
            field.setMax(StoredDates.MAX);
        }
    }

    private static List<String> capitalised(List<String> names, Locale locale) {
        return names.stream().map(n -> n.isEmpty() ? n : n.substring(0, 1).toUpperCase(locale) + n.substring(1)).toList();
    }
}
