package se.samverka.partnerships.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.partnerships.country.EligibleCountries;
import se.samverka.partnerships.country.EligibleCountry;
import se.samverka.partnerships.partnership.CoreArea;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.PartnershipStatus;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Formats;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tenant's partnerships, filtered by status, country, core area and phase, and by words of the title:
 * paged, counted and filtered in the database; the foreign parties' names come in one query per page.
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER})
public class PartnershipsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "partnerships";

    private final Partnerships partnerships;
    private final Grid<Partnership> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<PartnershipStatus> status = new Select<>();
    private final Select<String> country = new Select<>();
    private final Select<CoreArea> coreArea = new Select<>();
    private final Select<PhaseKind> phase = new Select<>();
    private final Map<Long, String> partnerNames = new HashMap<>();

    PartnershipsView(Partnerships partnerships, PartnerRegister partners, EligibleCountries countries, CurrentUser user) {
        this.partnerships = partnerships;
        setId("partnerships");
        H1 heading = new H1(getTranslation("partnerships.ui.list.title"));
        heading.setId("partnerships-heading");

        text.setId("partnerships-filter-text");
        text.setLabel(getTranslation("partnerships.ui.list.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        filter(status, "partnerships-filter-status", "partnerships.field.status", PartnershipStatus.values(),
                s -> getTranslation(s.labelKey()));
        filter(country, "partnerships-filter-country", "partnerships.field.country",
                countries.all().stream().map(EligibleCountry::code).distinct().toArray(String[]::new), c -> Countries.name(this, c));
        filter(coreArea, "partnerships-filter-core-area", "partnerships.field.core-area", CoreArea.values(),
                a -> getTranslation(a.labelKey()));
        filter(phase, "partnerships-filter-phase", "partnerships.field.phase-kind", PhaseKind.values(),
                k -> getTranslation(k.labelKey()));
        HorizontalLayout bar = new HorizontalLayout(text, status, country, coreArea, phase);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        if (user.isChanger()) {
            Button create = new Button(getTranslation("partnerships.ui.list.new"),
                    e -> new PartnershipDialog(partnerships, partners, countries, null).open());
            create.setId("partnerships-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }

        grid.setId("partnerships-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> new Anchor(PartnershipView.path(p.id()), p.title()))
                .setHeader(getTranslation("partnerships.field.title")).setFlexGrow(3);
        grid.addColumn(p -> Countries.name(this, p.countryCode())).setHeader(getTranslation("partnerships.field.country"));
        grid.addColumn(p -> p.foreignPartnerIds().stream().map(id -> partnerNames.getOrDefault(id, "–"))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("partnerships.field.foreign-parties")).setFlexGrow(2);
        grid.addComponentColumn(p -> Badge.of(getTranslation(p.status().labelKey()), tone(p.status())))
                .setHeader(getTranslation("partnerships.field.status"));
        grid.addColumn(p -> Formats.period(p.startsOn(), p.endsOn())).setHeader(getTranslation("partnerships.field.period"));
        grid.setEmptyStateText(getTranslation("partnerships.ui.list.empty"));
        grid.setItems(query -> {
            Page<Partnership> page = partnerships.search(search(),
                    Pageable.from(query.getPage(), query.getPageSize(), Sort.of(Sort.Order.asc("title"))));
            partnerNames.putAll(partnerships.partnerNames(page.getContent()));
            return page.getContent().stream();
        }, query -> (int) partnerships.count(search()));
        add(heading, bar, grid);
        setSizeFull();
    }

    private <T> void filter(Select<T> select, String id, String labelKey, T[] values, ItemLabelGenerator<T> label) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("partnerships.ui.list.all"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("partnerships.ui.list.all") : label.apply(v));
        select.addValueChangeListener(e -> refresh());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private PartnershipSearch search() {
        return new PartnershipSearch(status.getValue(), country.getValue(), coreArea.getValue(),
                phase.getValue() == null ? null : phase.getValue().name(), text.getValue());
    }

    static Badge.Tone tone(PartnershipStatus status) {
        return switch (status) {
            case EXPLORING -> Badge.Tone.NEUTRAL;
            case INCEPTION, PROJECT -> Badge.Tone.SUCCESS;
            case ENDED -> Badge.Tone.MUTED;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partnerships.ui.list.title");
    }
}
