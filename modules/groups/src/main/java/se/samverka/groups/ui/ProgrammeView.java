package se.samverka.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.DetailTabs;
import se.samverka.platform.api.ui.RecordLink;
import se.samverka.platform.api.ui.RouteIds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One programme: who runs it, what it is for, the agreement it is run under, and its tabs (overview,
 * groups by term, follow-up). A programme the user may not see, another tenant's, or an id that is no id,
 * is a page that does not exist.
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER, Roles.PARTNER})
public class ProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "groups/:id";

    private final Programmes programmes;
    private final PartnerRegister partners;
    private final RecordDirectory records;
    private final CurrentUser user;
    private final List<ProgrammeTab> tabs;
    private Programme programme;
    private String selectedTab;

    ProgrammeView(Programmes programmes, PartnerRegister partners, RecordDirectory records, CurrentUser user,
                  List<ProgrammeTab> tabs) {
        this.programmes = programmes;
        this.partners = partners;
        this.records = records;
        this.user = user;
        this.tabs = tabs;
        setId("programme");
    }

    public static String path(long id) {
        return "groups/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        programme = programmes.find(RouteIds.numeric(event, "id")).orElseThrow(NotFoundException::new);
        selectedTab = DetailTabs.selectedIn(event).orElse(null);
        render();
    }

    private void reload() {
        programme = programmes.find(programme.id()).orElse(null);
        if (programme == null) {
            UI.getCurrent().navigate(ProgrammesView.ROUTE);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H1 title = new H1(programme.name());
        title.setId("programme-title");
        add(title, facts());
        if (user.isChanger()) {
            Button edit = new Button(getTranslation("groups.ui.edit"),
                    e -> new ProgrammeDialog(programmes, partners, records, programme).open());
            edit.setId("programme-edit");
            add(edit);
        }
        DetailTabs<Programme> sheet = new DetailTabs<>(tabs, programme, path(programme.id()),
                Optional.ofNullable(selectedTab), this::reload);
        sheet.setId("programme-tabs");
        add(sheet);
    }

    private Component facts() {
        HorizontalLayout facts = new HorizontalLayout();
        facts.setId("programme-facts");
        facts.setWrap(true);
        Map<Long, String> names = programmes.providerNames(List.of(programme));
        String provider = programme.providerPartnerId() == null ? getTranslation("groups.ui.provider.tenant")
                : names.getOrDefault(programme.providerPartnerId(), "–");
        facts.add(fact("programme-provider-fact", "groups.ui.provider", provider),
                fact("programme-kind-fact", "groups.ui.kind", getTranslation(programme.kind().labelKey())));
        programme.agreement().ifPresent(reference -> {
            Span label = new Span(getTranslation("groups.field.agreement") + ":");
            RecordLink link = new RecordLink(records, reference);
            link.setId("programme-agreement-link");
            facts.add(new HorizontalLayout(label, link));
        });
        return facts;
    }

    private Span fact(String id, String labelKey, String value) {
        Span fact = new Span(getTranslation(labelKey) + ": " + value);
        fact.setId(id);
        return fact;
    }

    @Override
    public String getPageTitle() {
        return programme == null ? getTranslation("groups.ui.programmes.title") : programme.name();
    }
}
