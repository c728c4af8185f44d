package se.samverka.platform.core.partners;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.platform.core.ui.MainLayout;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;

import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's register of partner organisations, searched by name and paged in the database. Staff
 * see it; case officers and administrators also add and edit (in a dialog).
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER})
@Route(value = PartnersView.ROUTE, layout = MainLayout.class)
public class PartnersView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    public static final String ROUTE = "partners";

    private final PartnerRegister partners;
    private final boolean changer;
    private final TextField search = new TextField();
    private final Grid<PartnerOrganisation> grid = new Grid<>();

    PartnersView(PartnerRegister partners, CurrentUser currentUser) {
        this.partners = partners;
        this.changer = currentUser.require().hasAnyRole(Roles.CHANGERS);
        setId("partners-register");
        setSizeFull();

        search.setId("partners-search");
        search.setLabel(getTranslation("partners.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout bar = new HorizontalLayout(search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (changer) {
            Button create = new Button(getTranslation("partners.new"), VaadinIcon.PLUS.create(), e -> open(null));
            create.setId("partners-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }
        add(new H1(getTranslation("partners.title")), bar, grid());
        expand(grid);
    }

    private Grid<PartnerOrganisation> grid() {
        grid.setId("partners-grid");
        grid.setMultiSort(false);
        grid.addColumn(PartnerOrganisation::name).setHeader(getTranslation("partners.field.name"))
                .setKey("name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(p -> text(p.organisationNumber())).setHeader(getTranslation("partners.field.organisation-number"))
                .setKey("organisationNumber").setSortProperty("organisationNumber").setAutoWidth(true);
        grid.addColumn(p -> getTranslation("partner-kind." + p.kind().name()))
                .setHeader(getTranslation("partners.field.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(p -> text(p.contactPerson())).setHeader(getTranslation("partners.field.contact-person")).setKey("contactPerson");
        grid.addColumn(p -> text(p.email())).setHeader(getTranslation("partners.field.email")).setKey("email");
        grid.addColumn(p -> text(p.phone())).setHeader(getTranslation("partners.field.phone")).setKey("phone").setAutoWidth(true);
        if (changer) {
            grid.addComponentColumn(this::editButton).setKey("edit").setHeader(getTranslation("partners.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("partners.empty"));
        grid.setItems(query -> partners.search(search.getValue(),
                        Pageable.from(query.getPage(), query.getPageSize(), sort(query.getSortOrders()))).getContent().stream(),
                query -> (int) partners.count(search.getValue()));
        return grid;
    }

    /** {@code partners?q=name}, as the header's search links a partner organisation: the register searched for it. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        se.samverka.platform.api.ui.AddressQuery.of(event.getLocation().getQueryParameters()).text("q").ifPresent(search::setValue);
    }

    private Component editButton(PartnerOrganisation partner) {
        Button edit = new Button(getTranslation("partners.edit-button"), e -> open(partner));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("partners.edit-of", partner.name()));
        edit.setId("partner-edit-" + partner.id());
        return edit;
    }

    private void open(PartnerOrganisation partner) {
        new PartnerDialog(partners, partner, saved -> {
            Notification.show(getTranslation("partners.saved", saved.name()))
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST); // Lumo's success green fails AA contrast
            grid.getDataProvider().refreshAll();
        }).open();
    }

    private static Sort sort(List<QuerySortOrder> orders) {
        List<Sort.Order> sort = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            sort.add(order.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(order.getSorted())
                    : Sort.Order.desc(order.getSorted()));
        }
        if (sort.isEmpty()) {
            sort.add(Sort.Order.asc("name"));
        }
        sort.add(Sort.Order.asc("id"));
        return Sort.of(sort);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.title") + " – Samverka";
    }
}
