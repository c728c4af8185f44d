package se.samverka.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.Side;
import se.samverka.platform.api.ui.NumberFields;

import java.util.ArrayList;
import java.util.List;

/**
 * People by side and role, one row each, as a form field: a partnership's contacts (with name and organisation),
 * a phase's team (with name), a visit's participants (with a count). Each row: side, role, its text or count, and
 * a remove button; "add" adds a row. A refusal about the list shows at the field.
 */
class PersonRows extends CustomField<List<PersonRows.Row>> {

    /** What a row holds; {@code text} is the name (or blank), {@code second} the organisation, {@code count} the number. */
    record Row(Side side, ContactRole role, String text, String second, Integer count) {
    }

    enum Shape { NAME_AND_ORGANISATION, NAME, COUNT }

    private final Shape shape;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<HorizontalLayout> lines = new ArrayList<>();

    PersonRows(String label, Shape shape, String idPrefix) {
        super(List.of());
        this.shape = shape;
        setLabel(label);
        setId(idPrefix);
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(getTranslation("partnerships.ui.row.add"), e -> {
            addRow(null);
            updateValue();
        });
        add.setId(idPrefix + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Div(rows, add));
    }

    private void addRow(Row row) {
        Select<Side> side = new Select<>();
        side.setLabel(getTranslation("partnerships.field.side"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        side.setValue(row == null ? Side.SWEDISH : row.side());
        side.addClassName("person-side");
        Select<ContactRole> role = new Select<>();
        role.setLabel(getTranslation("partnerships.field.role"));
        role.setItems(ContactRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(row == null ? ContactRole.OFFICIAL : row.role());
        role.addClassName("person-role");
        HorizontalLayout line = new HorizontalLayout(side, role);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        if (shape == Shape.COUNT) {
            IntegerField count = new IntegerField(getTranslation("partnerships.field.count"));
            NumberFields.atLeast(count, 1);
            count.setValue(row == null || row.count() == null ? 1 : row.count());
            count.addClassName("person-count");
            line.add(count);
        } else {
            TextField name = new TextField(getTranslation("partnerships.field.contact-name"));
            name.setValue(row == null || row.text() == null ? "" : row.text());
            name.addClassName("person-name");
            line.add(name);
            if (shape == Shape.NAME_AND_ORGANISATION) {
                TextField organisation = new TextField(getTranslation("partnerships.field.contact-organisation"));
                organisation.setValue(row == null || row.second() == null ? "" : row.second());
                organisation.addClassName("person-organisation");
                line.add(organisation);
            }
        }
        Button remove = new Button(getTranslation("partnerships.ui.row.remove"), e -> {
            rows.remove(line);
            lines.remove(line);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        line.add(remove);
        line.getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasValue<?, ?>)
                .forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).addValueChangeListener(e -> updateValue()));
        lines.add(line);
        rows.add(line);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected List<Row> generateModelValue() {
        List<Row> value = new ArrayList<>();
        for (HorizontalLayout line : lines) {
            Side side = ((Select<Side>) line.getComponentAt(0)).getValue();
            ContactRole role = ((Select<ContactRole>) line.getComponentAt(1)).getValue();
            if (shape == Shape.COUNT) {
                value.add(new Row(side, role, null, null, ((IntegerField) line.getComponentAt(2)).getValue()));
            } else {
                String second = shape == Shape.NAME_AND_ORGANISATION ? ((TextField) line.getComponentAt(3)).getValue() : null;
                value.add(new Row(side, role, ((TextField) line.getComponentAt(2)).getValue(), second, null));
            }
        }
        return value;
    }

    @Override
    protected void setPresentationValue(List<Row> value) {
        rows.removeAll();
        lines.clear();
        if (value != null) {
            value.forEach(this::addRow);
        }
    }
}
