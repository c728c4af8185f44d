package se.samverka.partnerships.ui;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.partnerships.round.Round;
import se.samverka.partnerships.round.RoundDetails;
import se.samverka.partnerships.round.Rounds;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.Notices;

import java.time.LocalDate;

/**
 * The application rounds the tenant follows (ICLD's calls, the municipality's own earlier deadline): the ones
 * still open, and for changers a form that enters a new one or changes the one picked in the list.
 */
class RoundsDialog extends Dialog {

    private final Rounds rounds;
    private final LocalDate today;
    private final Runnable changed;
    private final Grid<Round> grid = new Grid<>();
    private final TextField name = new TextField();
    private final DatePicker closesOn = DateFields.localised(new DatePicker());
    private final H3 formHeading = new H3();
    private final Button save = new Button();
    private final FieldRefusals refusals = new FieldRefusals();
    private Round editing;

    RoundsDialog(Rounds rounds, boolean mayChange, LocalDate today, Runnable changed) {
        this.rounds = rounds;
        this.today = today;
        this.changed = changed;
        setId("rounds-dialog");
        setHeaderTitle(getTranslation("partnerships.ui.rounds.title"));
        add(new Paragraph(getTranslation("partnerships.ui.rounds.intro")));

        grid.setId("rounds-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Round::name).setHeader(getTranslation("partnerships.field.round-name")).setFlexGrow(3);
        grid.addColumn(r -> Formats.date(r.closesOn())).setHeader(getTranslation("partnerships.field.closes-on"));
        if (mayChange) {
            grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("partnerships.ui.actions")).setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("partnerships.ui.rounds.empty"));
        add(grid);

        if (mayChange) {
            name.setId("round-name");
            name.setLabel(getTranslation("partnerships.field.round-name"));
            name.setHelperText(getTranslation("partnerships.ui.rounds.name-help"));
            closesOn.setId("round-closes-on");
            closesOn.setLabel(getTranslation("partnerships.field.closes-on"));
            refusals.bind("name", name).bind("closesOn", closesOn);
            formHeading.setId("round-form-heading");
            save.setId("round-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            FormLayout form = new FormLayout(name, closesOn);
            add(formHeading, form, new HorizontalLayout(save));
            edit(null);
        }
        Button close = new Button(getTranslation("partnerships.ui.close"), e -> close());
        close.setId("rounds-close");
        getFooter().add(close);
        setWidth("min(44rem, 100vw)");
        refresh();
    }

    private HorizontalLayout actions(Round round) {
        Button change = new Button(getTranslation("partnerships.ui.edit"), e -> edit(round));
        change.setId("round-" + round.id() + "-change");
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // the visible text names the round for screen readers too: "Ändra" alone would be ambiguous in a list
        change.getElement().setAttribute("aria-label", getTranslation("partnerships.ui.edit") + " " + round.name());
        Button remove = new Button(getTranslation("partnerships.ui.row.remove"), e -> confirmRemoval(round));
        remove.setId("round-" + round.id() + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", getTranslation("partnerships.ui.row.remove") + " " + round.name());
        return new HorizontalLayout(change, remove);
    }

    /** Fills the form with the round to change, or empties it for a new one. */
    private void edit(Round round) {
        editing = round;
        refusals.clear();
        formHeading.setText(getTranslation(round == null ? "partnerships.ui.rounds.new" : "partnerships.ui.rounds.change"));
        save.setText(getTranslation(round == null ? "partnerships.ui.rounds.add" : "partnerships.ui.save"));
        name.setValue(round == null ? "" : round.name());
        closesOn.setValue(round == null ? null : round.closesOn());
        name.focus();
    }

    private void save() {
        RoundDetails details = new RoundDetails(name.getValue(), closesOn.getValue());
        if (refusals.attempt(() -> {
            if (editing == null) {
                rounds.add(details);
            } else {
                rounds.update(editing.id(), editing.version(), details);
            }
        })) {
            Notices.done(getTranslation("partnerships.ui.saved"));
            edit(null);
            refresh();
        }
    }

    private void confirmRemoval(Round round) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("partnerships.ui.rounds.remove-title"),
                getTranslation("partnerships.ui.rounds.remove-confirm", round.name(), Formats.date(round.closesOn())),
                getTranslation("partnerships.ui.row.remove"), ok -> {
            rounds.remove(round.id());
            Notices.done(getTranslation("partnerships.ui.rounds.removed"));
            if (editing != null && editing.id().equals(round.id())) {
                edit(null);
            }
            refresh();
        });
        confirm.setId("round-remove-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("partnerships.ui.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(rounds.closingFrom(today));
        changed.run();
    }
}
