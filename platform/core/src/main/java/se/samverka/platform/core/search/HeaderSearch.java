package se.samverka.platform.core.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;

/**
 * The search field in the portal's header: a search landmark with a labelled field; Enter or the button
 * opens the search page ({@link SearchView}) for the words, so the results have an address to go back to.
 */
public class HeaderSearch extends Div {

    private final TextField field = new TextField();

    public HeaderSearch() {
        setId("header-search");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("search.landmark"));
        field.setId("header-search-field");
        // the label is read by screen readers; the placeholder shows sighted users what the field is for
        field.setAriaLabel(getTranslation("search.field"));
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setClearButtonVisible(true);
        field.setMaxLength(300);
        field.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.addKeyPressListener(Key.ENTER, e -> open());
        // a white field on the tenant's header colour: Lumo's field is see-through and read 1.78:1 there
        field.getStyle().set("background", "white").set("color", "#1F2937").set("border-radius", "var(--lumo-border-radius-m)")
                .set("--lumo-body-text-color", "#1F2937").set("--lumo-secondary-text-color", "#4B5563");
        Button go = new Button(getTranslation("search.button"), e -> open());
        go.setId("header-search-button");
        go.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // dark text on white whatever the tenant's header colour (Lumo's contrast button read 1.96:1 on a blue header)
        go.getStyle().set("background", "white").set("color", "#1F2937");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("align-items", "center");
        add(field, go);
    }

    private void open() {
        String words = field.getValue() == null ? "" : field.getValue().strip();
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, SearchView.query(words)));
    }
}
