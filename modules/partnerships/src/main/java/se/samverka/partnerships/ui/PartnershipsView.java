package se.samverka.partnerships.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.partnerships.budget.Ceilings;
import se.samverka.partnerships.country.EligibleCountries;
import se.samverka.partnerships.country.EligibleCountry;
import se.samverka.partnerships.partnership.CoreArea;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.PartnershipStatus;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.partnerships.round.Round;
import se.samverka.partnerships.round.Rounds;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.AddressQuery;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.ui.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tenant's partnerships, filtered by status, country, core area and phase, and by words of the title:
 * paged, counted and filtered in the database; the foreign parties' names come in one query per page. The filters
 * live in the address ({@code partnerships?country=ZA&ongoing=true}), so the dashboard's bars link to their lists;
 * {@code show=rounds} opens the application rounds (a reminder's link). The next round to close is said above the list.
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER})
public class PartnershipsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "partnerships";
    static final String STATUS = "status";
    static final String ONGOING = "ongoing";
    static final String COUNTRY = "country";
    static final String CORE_AREA = "coreArea";
    static final String PHASE = "phase";
    static final String TEXT = "q";
    static final String SHOW = "show";
    static final String ROUNDS = "rounds";

    private final Partnerships partnerships;
    private final Grid<Partnership> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<PartnershipStatus> status = new Select<>();
    private final Select<String> country = new Select<>();
    private final Select<CoreArea> coreArea = new Select<>();
    private final Select<PhaseKind> phase = new Select<>();
    private final Checkbox ongoing = new Checkbox();
    private final Map<Long, String> partnerNames = new HashMap<>();
    private final Rounds rounds;
    private final Clock clock;
    private final boolean changer;
    private final Callout nextRound = Callout.info("");
    /** While the address is applied to the filters, their changes are not new addresses. */
    private boolean applying;
    private PartnershipSearch search = PartnershipSearch.all();

    PartnershipsView(Partnerships partnerships, PartnerRegister partners, EligibleCountries countries, Rounds rounds,
                     Ceilings ceilings, CurrentUser user, Clock clock) {
        this.partnerships = partnerships;
        this.rounds = rounds;
        this.clock = clock;
        this.changer = user.isChanger();
        setId("partnerships");
        H1 heading = new H1(getTranslation("partnerships.ui.list.title"));
        heading.setId("partnerships-heading");

        text.setId("partnerships-filter-text");
        text.setLabel(getTranslation("partnerships.ui.list.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> filterChanged());
        filter(status, "partnerships-filter-status", "partnerships.field.status", PartnershipStatus.values(),
                s -> getTranslation(s.labelKey()));
        filter(country, "partnerships-filter-country", "partnerships.field.country",
                countries.all().stream().map(EligibleCountry::code).distinct().toArray(String[]::new), c -> Countries.name(this, c));
        filter(coreArea, "partnerships-filter-core-area", "partnerships.field.core-area", CoreArea.values(),
                a -> getTranslation(a.labelKey()));
        filter(phase, "partnerships-filter-phase", "partnerships.field.phase-kind", PhaseKind.values(),
                k -> getTranslation(k.labelKey()));
        ongoing.setId("partnerships-filter-ongoing");
        ongoing.setLabel(getTranslation("partnerships.ui.list.ongoing"));
        ongoing.addValueChangeListener(e -> filterChanged());
        HorizontalLayout bar = new HorizontalLayout(text, status, country, coreArea, phase, ongoing);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        Button showRounds = new Button(getTranslation("partnerships.ui.rounds.title"), e -> openRounds());
        showRounds.setId("partnerships-rounds");
        Button showCeilings = new Button(getTranslation("partnerships.ui.ceilings.title"), e -> new CeilingsDialog(ceilings).open());
        showCeilings.setId("partnerships-ceilings");
        bar.add(showRounds, showCeilings);
        if (changer) {
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
        grid.setItems(query -> {
            Page<Partnership> page = partnerships.search(search,
                    Pageable.from(query.getPage(), query.getPageSize(), Sort.of(Sort.Order.asc("title"))));
            partnerNames.putAll(partnerships.partnerNames(page.getContent()));
            return page.getContent().stream();
        }, query -> (int) partnerships.count(search));
        nextRound.setId("partnerships-next-round");
        add(heading, nextRound, bar, grid);
        setSizeFull();
    }

    private <T> void filter(Select<T> select, String id, String labelKey, T[] values, ItemLabelGenerator<T> label) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("partnerships.ui.list.all"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("partnerships.ui.list.all") : label.apply(v));
        select.addValueChangeListener(e -> filterChanged());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AddressQuery query = AddressQuery.of(event.getLocation().getQueryParameters());
        String code = query.text(COUNTRY).map(c -> c.toUpperCase(java.util.Locale.ROOT)).filter(c -> country.getListDataView()
                .getItems().anyMatch(c::equals)).orElse(null);
        PhaseKind kind = query.choice(PHASE, PhaseKind.class).orElse(null);
        search = new PartnershipSearch(query.choice(STATUS, PartnershipStatus.class).orElse(null), code,
                query.choice(CORE_AREA, CoreArea.class).orElse(null), kind == null ? null : kind.name(),
                query.text(TEXT).orElse(null), query.text(ONGOING).map("true"::equals).orElse(false));
        applying = true;
        try {
            status.setValue(search.status());
            country.setValue(code);
            coreArea.setValue(search.coreArea());
            phase.setValue(kind);
            ongoing.setValue(search.ongoing());
            String wanted = search.text() == null ? "" : search.text();
            if (!text.getValue().strip().equals(wanted)) {
                // left alone while it means the same: a space the user just typed stays
                text.setValue(wanted);
            }
        } finally {
            applying = false;
        }
        grid.setEmptyStateText(getTranslation(search.equals(PartnershipSearch.all())
                ? "partnerships.ui.list.empty-none" : "partnerships.ui.list.empty"));
        grid.getDataProvider().refreshAll();
        showNextRound();
        if (query.text(SHOW).filter(ROUNDS::equals).isPresent()) {
            openRounds();
        }
    }

    /** A filter changed by the user: a new address, so the back button returns to the previous filter. */
    private void filterChanged() {
        if (applying) {
            return;
        }
        UI.getCurrent().navigate(ROUTE, address(new PartnershipSearch(status.getValue(), country.getValue(), coreArea.getValue(),
                phase.getValue() == null ? null : phase.getValue().name(), text.getValue(), ongoing.getValue())));
    }

    /** The list's address for the search, e.g. {@code country=ZA&ongoing=true}. */
    static QueryParameters address(PartnershipSearch search) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(STATUS, search.status());
        values.put(ONGOING, search.ongoing() ? "true" : null);
        values.put(COUNTRY, search.countryCode());
        values.put(CORE_AREA, search.coreArea());
        values.put(PHASE, search.phaseKind());
        values.put(TEXT, search.text());
        return AddressQuery.parameters(values);
    }

    private void openRounds() {
        new RoundsDialog(rounds, changer, LocalDate.now(clock), this::showNextRound).open();
    }

    /** The next application round to close, if the tenant entered one: what the coordinator plans towards. */
    private void showNextRound() {
        LocalDate today = LocalDate.now(clock);
        List<Round> open = rounds.closingFrom(today);
        nextRound.setVisible(!open.isEmpty());
        if (!open.isEmpty()) {
            Round next = open.get(0);
            nextRound.setText(getTranslation("partnerships.ui.rounds.next", next.name(), Formats.date(next.closesOn()),
                    ChronoUnit.DAYS.between(today, next.closesOn())));
        }
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
