package se.samverka.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.groups.disclosure.Disclosure;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;

import java.util.HashMap;
import java.util.Map;

/**
 * The tenant's programmes: staff see all of them, a partner organisation the ones it runs. Paged, counted
 * and filtered in the database; the providers' names come in one query per page.
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER, Roles.PARTNER})
public class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "groups";

    private final Programmes programmes;
    private final Grid<Programme> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Map<Long, String> providerNames = new HashMap<>();

    ProgrammesView(Programmes programmes, PartnerRegister partners, RecordDirectory records, Disclosure disclosure,
                   CurrentUser user) {
        this.programmes = programmes;
        setId("programmes");
        // a partner organisation's own view: the programmes it runs, said so
        H1 heading = new H1(programmes.scope().narrowedTo().flatMap(partners::find)
                .map(own -> getTranslation("groups.ui.programmes.partner-title", own.name()))
                .orElse(getTranslation("groups.ui.programmes.title")));
        heading.setId("programmes-heading");

        text.setId("programmes-filter-text");
        text.setLabel(getTranslation("groups.ui.programmes.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout bar = new HorizontalLayout(text);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (user.isChanger()) {
            Button create = new Button(getTranslation("groups.ui.programmes.new"),
                    e -> new ProgrammeDialog(programmes, partners, records, null).open());
            create.setId("programmes-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }

        if (user.get().map(u -> u.hasRole(Roles.TENANT_ADMIN)).orElse(false)) {
            Button threshold = new Button(getTranslation("groups.ui.settings.button", disclosure.threshold()),
                    e -> new ThresholdDialog(disclosure).open());
            threshold.setId("programmes-threshold");
            bar.add(threshold);
        }

        grid.setId("programmes-grid");
        grid.addComponentColumn(p -> new Anchor(ProgrammeView.path(p.id()), p.name()))
                .setHeader(getTranslation("groups.field.name")).setFlexGrow(2);
        grid.addColumn(p -> p.providerPartnerId() == null ? getTranslation("groups.ui.provider.tenant")
                        : providerNames.getOrDefault(p.providerPartnerId(), "–"))
                .setHeader(getTranslation("groups.ui.provider"));
        grid.addColumn(p -> getTranslation(p.kind().labelKey())).setHeader(getTranslation("groups.ui.kind"));
        grid.addColumn(p -> ages(p)).setHeader(getTranslation("groups.ui.ages"));
        grid.setEmptyStateText(getTranslation("groups.ui.programmes.empty"));
        grid.setItems(query -> {
            Page<Programme> page = programmes.search(new ProgrammeSearch(null, text.getValue()),
                    Pageable.from(query.getPage(), query.getPageSize(), Sort.of(Sort.Order.asc("name"))));
            providerNames.putAll(programmes.providerNames(page.getContent()));
            return page.getContent().stream();
        }, query -> (int) programmes.count(new ProgrammeSearch(null, text.getValue())));
        add(heading, bar, grid);
        setSizeFull();
    }

    private String ages(Programme p) {
        if (p.ageFrom() == null && p.ageTo() == null) {
            return "–";
        }
        return (p.ageFrom() == null ? "" : p.ageFrom()) + "–" + (p.ageTo() == null ? "" : p.ageTo());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.ui.programmes.title");
    }
}
