package se.samverka.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import se.samverka.groups.followup.Breakdown;
import se.samverka.groups.followup.Figure;
import se.samverka.groups.followup.FigureRules;
import se.samverka.groups.followup.Figures;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.privacy.ChildPrivacy;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.ui.FieldRefusals;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.NumberFields;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A half-year's figures, counts only: the consistency rules are checked as the user types and shown at the
 * field that breaks one (new + remaining = enrolled, nobody counted twice over); a comment with a personal
 * identity number is refused, probable first names are pointed out. Saving keeps a draft; submitting
 * checks that every required figure is there.
 */
class FiguresDialog extends Dialog {

    private final Map<Figure, IntegerField> figures = new EnumMap<>(Figure.class);
    private final Map<String, IntegerField> categories = new LinkedHashMap<>();
    private final Select<HalfYear> period = new Select<>();
    private final TextArea comment = new TextArea();
    private final Callout names = Callout.info("");
    private final FieldRefusals refusals = new FieldRefusals();

    FiguresDialog(FollowUps followUps, Programme programme, FollowUp existing, List<HalfYear> open, Runnable changed) {
        setHeaderTitle(getTranslation(existing == null ? "groups.ui.follow-up.new" : "groups.ui.follow-up.edit",
                existing == null ? "" : existing.halfYear().term().toString()));
        period.setId("follow-up-period");
        period.setLabel(getTranslation("groups.ui.follow-up.period"));
        period.setItems(open);
        period.setItemLabelGenerator(h -> h.term().toString());
        if (!open.isEmpty()) {
            period.setValue(open.get(0));
        }
        refusals.bind("period", period);
        FormLayout main = new FormLayout();
        for (Figure figure : Figure.values()) {
            IntegerField field = new IntegerField(getTranslation(figure.labelKey()));
            field.setId("figure-" + figure.field());
            NumberFields.atLeast(field, 0);
            field.setRequiredIndicatorVisible(figure.required());
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(e -> checkLive());
            figures.put(figure, field);
            refusals.bind(figure.field(), field);
            main.add(field);
        }
        if (existing == null) {
            add(period);
        }
        add(main);
        for (Breakdown breakdown : Breakdown.values()) {
            FormLayout counts = new FormLayout();
            for (String category : breakdown.categories()) {
                IntegerField field = new IntegerField(getTranslation(breakdown.categoryKey(category)));
                String key = breakdown.field() + "." + category;
                field.setId("figure-" + key.replace('.', '-'));
                NumberFields.atLeast(field, 0);
                field.setValueChangeMode(ValueChangeMode.EAGER);
                field.addValueChangeListener(e -> checkLive());
                categories.put(key, field);
                refusals.bind(key, field);
                counts.add(field);
            }
            Details section = new Details(getTranslation(breakdown.labelKey()), counts);
            section.setId("breakdown-" + breakdown.field());
            // a breakdown's sum is refused at the breakdown: its first field shows it
            refusals.bind(breakdown.field(), categories.get(breakdown.field() + "." + breakdown.categories().get(0)));
            add(section);
        }
        comment.setId("follow-up-comment");
        comment.setLabel(getTranslation("groups.field.comment"));
        comment.setHelperText(getTranslation("groups.ui.follow-up.comment-help"));
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.addValueChangeListener(e -> pointOutNames());
        refusals.bind("comment", comment);
        names.setVisible(false);
        names.setId("follow-up-names");
        add(comment, names);
        if (existing != null) {
            show(existing.figures());
            comment.setValue(existing.comment() == null ? "" : existing.comment());
        }

        Button save = new Button(getTranslation("groups.ui.follow-up.save"), e -> save(followUps, programme, existing, false, changed));
        save.setId("follow-up-save");
        Button submit = new Button(getTranslation("groups.ui.follow-up.submit"), e -> save(followUps, programme, existing, true, changed));
        submit.setId("follow-up-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("groups.ui.cancel"), e -> close()), save, submit);
        setWidth("min(64rem, 100vw)");
    }

    private void save(FollowUps followUps, Programme programme, FollowUp existing, boolean submit, Runnable changed) {
        boolean saved = refusals.attempt(() -> {
            FollowUp draft = existing == null
                    ? followUps.start(programme.id(), period.getValue(), values(), comment.getValue())
                    : followUps.update(existing.id(), existing.version(), values(), comment.getValue());
            if (submit) {
                followUps.submit(draft.id(), draft.version());
            }
        });
        if (saved) {
            close();
            Notices.done(getTranslation(submit ? "groups.ui.follow-up.submitted" : "groups.ui.saved"));
            changed.run();
        }
    }

    /** The rules the figures break so far, at their fields, while typing (a draft may still lack figures). */
    private void checkLive() {
        refusals.showWhileTyping(FigureRules.broken(values(), false));
    }

    private void pointOutNames() {
        List<String> found = ChildPrivacy.probableNames(comment.getValue());
        names.setVisible(!found.isEmpty());
        if (!found.isEmpty()) {
            names.setText(getTranslation("groups.ui.follow-up.names", String.join(", ", found)));
        }
    }

    private Figures values() {
        Map<Breakdown, Map<String, Integer>> parts = new EnumMap<>(Breakdown.class);
        for (Breakdown breakdown : Breakdown.values()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String category : breakdown.categories()) {
                Integer value = categories.get(breakdown.field() + "." + category).getValue();
                if (value != null) {
                    counts.put(category, value);
                }
            }
            parts.put(breakdown, counts.isEmpty() ? null : counts);
        }
        return new Figures(v(Figure.ENROLLED), v(Figure.GROUPS_RUNNING), v(Figure.NEW), v(Figure.REMAINING),
                v(Figure.NOT_ATTENDING), v(Figure.REQUESTED), v(Figure.VIOLENCE), v(Figure.WAITING_LIST),
                v(Figure.REGISTRATIONS), parts.get(Breakdown.NOT_ATTENDING_REASONS), parts.get(Breakdown.REFERRING_SERVICES),
                parts.get(Breakdown.HEARD_VIA), parts.get(Breakdown.AGE_BANDS), parts.get(Breakdown.GENDERS));
    }

    private Integer v(Figure figure) {
        return figures.get(figure).getValue();
    }

    private void show(Figures given) {
        figures.forEach((figure, field) -> field.setValue(given.value(figure)));
        for (Breakdown breakdown : Breakdown.values()) {
            given.breakdown(breakdown).forEach((category, count) -> {
                IntegerField field = categories.get(breakdown.field() + "." + category);
                if (field != null) {
                    field.setValue(count);
                }
            });
        }
    }

    /** The half-years a programme can start a follow-up for: begun, and not yet reported. */
    static List<HalfYear> open(List<FollowUp> existing, LocalDate today) {
        HalfYear current = HalfYear.of(today);
        return Stream.of(current.previous(), current, current.previous().previous())
                .filter(h -> existing.stream().noneMatch(f -> f.halfYear().equals(h))).toList();
    }
}
