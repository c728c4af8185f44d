package se.samverka.agreements.ui.list;

import se.samverka.platform.api.ui.DateFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementPartyNames;
import se.samverka.agreements.agreement.AgreementSort;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.ui.detail.StatusTone;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.NarrowScreen;
import se.samverka.platform.api.ui.PartnerPicker;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The agreements list: filtered, sorted and paged in the database, its filters in the address. Staff
 * see the tenant's agreements; a partner user the same view over their organisation's agreements
 * only (the service applies what they may see), without the partner filter and without "new".
 * On a phone the filters wait behind a "Filter (n)" button, the grid shows the title with the status under
 * it, and the page scrolls with a grid tall enough to read (issue 13, bug 8).
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER, Roles.PARTNER})
public class AgreementsListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The view's route, also the navigation entry's path. */
    public static final String ROUTE = "agreements";

    private final Agreements agreements;
    private final AgreementPartyNames partyNames;
    private final PartnerRegister partners;
    private final String tenantId;
    private final boolean staff;

    private final Select<AgreementStatus> status = new Select<>();
    private final PartnerPicker partner;
    private final DatePicker from = DateFields.localised(new DatePicker());
    private final DatePicker to = DateFields.localised(new DatePicker());
    private final TextField text = new TextField();
    private final Checkbox mine = new Checkbox();
    private final Anchor exportCsv = new Anchor();
    private final Anchor exportXlsx = new Anchor();
    private final Grid<AgreementRow> grid = new Grid<>();
    private final HorizontalLayout filterBar = new HorizontalLayout();
    private final Button filterToggle = new Button();
    private Grid.Column<AgreementRow> titleColumn;
    /** Laid out for a phone: the filters behind their button, the title column alone with the status under it. */
    private boolean narrow;

    private ListFilter filter = ListFilter.NONE;
    /** Set while the fields follow the address, so that doing so does not navigate again. */
    private boolean applying;

    AgreementsListView(Agreements agreements, AgreementPartyNames partyNames, PartnerRegister partners,
                       PartnerAccess access, CurrentUser currentUser, CurrentTenant currentTenant) {
        this.agreements = agreements;
        this.partyNames = partyNames;
        this.partners = partners;
        this.partner = new PartnerPicker(partners);
        partner.setItemLabelGenerator(PartnerOrganisation::name);
        this.tenantId = currentTenant.require();
        PortalUser user = currentUser.require();
        this.staff = user.hasAnyRole(Roles.STAFF);
        setId("agreements-list");
        setSizeFull();

        H1 heading = new H1(staff ? getTranslation("agreements.list.title")
                : access.organisationOf(user).map(o -> getTranslation("agreements.list.partner-title", o.name()))
                .orElse(getTranslation("agreements.list.partner-title-unknown")));
        heading.setId("agreements-heading");

        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (user.hasAnyRole(Roles.CHANGERS)) {
            Button create = new Button(getTranslation("agreements.list.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(ROUTE + "/new"));
            create.setId("agreements-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }
        exportLink(exportCsv, "agreements-export-csv", "agreements.list.export-csv");
        exportLink(exportXlsx, "agreements-export-xlsx", "agreements.list.export-xlsx");
        actions.add(exportCsv, exportXlsx);

        add(heading, filterToggle(), filters(), actions, grid());
        grid.getElement().setAttribute("aria-label", heading.getText());
        expand(grid);
        NarrowScreen.follow(this, this::layOut);
    }

    /** Shows or hides the filters on a phone; its text counts the filters in use, so a hidden filter is never forgotten. */
    private Component filterToggle() {
        filterToggle.setId("agreements-filter-toggle");
        filterToggle.setIcon(VaadinIcon.FILTER.create());
        filterToggle.getElement().setAttribute("aria-controls", "agreements-filters");
        filterToggle.addClickListener(e -> showFilters(!filterBar.isVisible()));
        filterToggle.setVisible(false);
        return filterToggle;
    }

    private void showFilters(boolean shown) {
        filterBar.setVisible(shown);
        filterToggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
    }

    private void layOut(boolean narrowScreen) {
        narrow = narrowScreen;
        filterToggle.setVisible(narrow);
        showFilters(!narrow);
        // on a phone only the title column, with the status under the title: the others would push it off-screen
        grid.getColumns().forEach(column -> column.setVisible(!narrow || column == titleColumn));
        if (narrow) {
            // the page scrolls, and the grid keeps a height that shows a dozen rows instead of what the filters leave
            setHeight(null);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setHeight("70vh");
            grid.setMinHeight("20rem");
        } else {
            setSizeFull();
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setHeight(null);
            grid.setMinHeight(null);
        }
        grid.getDataProvider().refreshAll();
    }

    private void countFilters() {
        long active = Stream.of(filter.status(), filter.partnerId(), filter.from(), filter.to(),
                        filter.text() == null || filter.text().isBlank() ? null : filter.text(), filter.mine() ? true : null)
                .filter(Objects::nonNull).count();
        filterToggle.setText(active == 0 ? getTranslation("agreements.list.filters")
                : getTranslation("agreements.list.filters-active", active));
    }

    private Component filters() {
        status.setId("agreements-filter-status");
        status.setLabel(getTranslation("agreements.list.status"));
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("agreements.list.any-status") : getTranslation(s.labelKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("agreements.list.any-status"));
        status.addValueChangeListener(e -> filterChanged());

        partner.setId("agreements-filter-partner");
        partner.setLabel(getTranslation("agreements.list.partner"));
        partner.setVisible(staff);
        partner.addValueChangeListener(e -> filterChanged());

        for (DatePicker date : List.of(from, to)) {
            date.setLocale(getLocale());
            date.setClearButtonVisible(true);
            date.addValueChangeListener(e -> filterChanged());
        }
        from.setId("agreements-filter-from");
        from.setLabel(getTranslation("agreements.list.from"));
        from.setHelperText(getTranslation("agreements.list.period-help"));
        to.setId("agreements-filter-to");
        to.setLabel(getTranslation("agreements.list.to"));

        text.setId("agreements-filter-text");
        text.setLabel(getTranslation("agreements.list.text"));
        text.setPlaceholder(getTranslation("agreements.list.text-placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> filterChanged());

        mine.setId("agreements-filter-mine");
        mine.setLabel(getTranslation("agreements.list.mine"));
        mine.setVisible(staff);
        mine.addValueChangeListener(e -> filterChanged());

        filterBar.add(status, partner, from, to, text, mine);
        filterBar.setId("agreements-filters");
        filterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filterBar.setWrap(true);
        return filterBar;
    }

    private Grid<AgreementRow> grid() {
        grid.setId("agreements-grid");
        grid.setMultiSort(false);
        grid.addColumn(row -> nullToEmpty(row.agreement().registryNumber()))
                .setHeader(getTranslation("agreements.field.registry-number"))
                .setKey(AgreementSort.REGISTRY_NUMBER.name()).setSortProperty(AgreementSort.REGISTRY_NUMBER.name())
                .setAutoWidth(true);
        titleColumn = grid.addComponentColumn(this::titleLink)
                .setHeader(getTranslation("agreements.field.title"))
                .setKey(AgreementSort.TITLE.name()).setSortProperty(AgreementSort.TITLE.name())
                .setFlexGrow(2);
        grid.addColumn(row -> String.join(", ", row.partners()))
                .setHeader(getTranslation("agreements.list.partners")).setKey("partners").setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("agreements.list.status"))
                .setKey(AgreementSort.STATUS.name())
                .setSortProperty(AgreementSort.STATUS.name()).setAutoWidth(true);
        grid.addColumn(row -> Formats.period(row.agreement().periodStart(), row.agreement().periodEnd()))
                .setHeader(getTranslation("agreements.list.period"))
                .setKey(AgreementSort.PERIOD_START.name()).setSortProperty(AgreementSort.PERIOD_START.name())
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.agreement().renewalTalksStart()))
                .setHeader(getTranslation("agreements.list.renewal-talks"))
                .setKey(AgreementSort.RENEWAL_TALKS_START.name()).setSortProperty(AgreementSort.RENEWAL_TALKS_START.name())
                .setAutoWidth(true);
        grid.addItemClickListener(e -> {
            if (e.getColumn() != titleColumn) {
                // the title is a link of its own: a click on it already navigates
                UI.getCurrent().navigate(ROUTE + "/" + e.getItem().id());
            }
        });
        grid.addSortListener(e -> {
            if (!applying) {
                List<GridSortOrder<AgreementRow>> orders = e.getSortOrder();
                ListFilter sorted = orders.isEmpty() ? filter.withSort(null, true)
                        : filter.withSort(AgreementSort.valueOf(orders.get(0).getSorted().getKey()),
                        orders.get(0).getDirection() == SortDirection.ASCENDING);
                navigateTo(sorted);
            }
        });
        grid.setItems(query -> page(query.getSortOrders(), Pageable.from(query.getPage(), query.getPageSize())),
                query -> (int) agreements.count(filter.search()));
        return grid;
    }

    private Stream<AgreementRow> page(List<QuerySortOrder> sortOrders, Pageable page) {
        Sort sort = sortOrders.isEmpty() ? AgreementSort.LAST_CHANGED.sort(false)
                : AgreementSort.valueOf(sortOrders.get(0).getSorted()).sort(sortOrders.get(0).getDirection() == SortDirection.ASCENDING);
        List<Agreement> found = agreements.page(filter.search(), Pageable.from(page.getNumber(), page.getSize(), sort));
        Map<Long, List<String>> names = partyNames.partnersOf(found.stream().map(Agreement::id).toList());
        return found.stream().map(a -> new AgreementRow(a, names.getOrDefault(a.id(), List.of())));
    }

    private Component titleLink(AgreementRow row) {
        Anchor link = new Anchor(ROUTE + "/" + row.id(), row.agreement().title());
        link.getElement().setAttribute("router-link", true);
        if (!narrow) {
            return link;
        }
        Div cell = new Div(link, statusBadge(row));
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "var(--lumo-space-xs)");
        return cell;
    }

    private Component statusBadge(AgreementRow row) {
        return Badge.of(getTranslation(row.agreement().status().labelKey()), StatusTone.of(row.agreement().status()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ListFilter.from(event.getLocation().getQueryParameters());
        applying = true;
        try {
            status.setValue(filter.status());
            partner.setValue(staff && filter.partnerId() != null ? partners.find(filter.partnerId()).orElse(null) : null);
            from.setValue(filter.from());
            to.setValue(filter.to());
            mine.setValue(staff && filter.mine());
            String wanted = filter.text() == null ? "" : filter.text().strip();
            if (!text.getValue().strip().equals(wanted)) {
                // left alone while it means the same: a space the user just typed stays
                text.setValue(wanted);
            }
            Grid.Column<AgreementRow> sorted = filter.sort() == null ? null : grid.getColumnByKey(filter.sort().name());
            grid.sort(sorted == null ? List.of() : List.of(new GridSortOrder<>(sorted,
                    filter.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        } finally {
            applying = false;
        }
        // the export's labels in the portal's language, which may differ from the browser's
        String query = filter.queryString();
        String language = "lang=" + ("en".equals(getLocale().getLanguage()) ? "en" : "sv");
        String base = "/api/v1/tenants/" + tenantId + "/agreements/export";
        exportCsv.setHref(base + ".csv?" + (query.isEmpty() ? language : query + "&" + language));
        exportXlsx.setHref(base + ".xlsx?" + (query.isEmpty() ? language : query + "&" + language));
        grid.setEmptyStateText(getTranslation(filter.search().equals(ListFilter.NONE.search())
                ? (staff ? "agreements.list.empty" : "agreements.list.partner-empty")
                : filter.mine() && filter.withSort(null, true).equals(new ListFilter(null, null, null, null, null, null, true, true))
                ? "agreements.list.empty-mine" : "agreements.list.empty-filtered"));
        countFilters();
        grid.getDataProvider().refreshAll();
    }

    /** A filter changed by the user: a new address, so the back button returns to the previous filter. */
    private void filterChanged() {
        if (applying) {
            return;
        }
        PartnerOrganisation chosen = partner.getValue();
        navigateTo(new ListFilter(status.getValue(), chosen == null ? null : chosen.id(), from.getValue(), to.getValue(),
                text.getValue(), filter.sort(), filter.ascending(), mine.getValue()));
    }

    private void navigateTo(ListFilter next) {
        UI.getCurrent().navigate(ROUTE, next.toQueryParameters());
    }

    private void exportLink(Anchor link, String id, String labelKey) {
        link.setId(id);
        link.setText(getTranslation(labelKey));
        link.getElement().setAttribute("download", true);
        // a plain download, not a view of the portal
        link.getElement().setAttribute("router-ignore", true);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.list.title") + " – Samverka";
    }
}
