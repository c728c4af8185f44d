package se.samverka.partnerships.ui;

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
import se.samverka.partnerships.country.EligibleCountries;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.ui.DetailTabs;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.RouteIds;

import java.util.List;
import java.util.Optional;

/**
 * One partnership: its country, status and period, what ICLD's rules would question, and its tabs (overview,
 * phases and budget, visits, results, reports, documents, history). Another tenant's partnership, or an id that
 * is no id, is a page that does not exist.
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER})
public class PartnershipView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "partnerships/:id";

    private final Partnerships partnerships;
    private final PartnerRegister partners;
    private final EligibleCountries countries;
    private final CurrentUser user;
    private final List<PartnershipTab> tabs;
    private Partnership partnership;
    private String selectedTab;

    PartnershipView(Partnerships partnerships, PartnerRegister partners, EligibleCountries countries, CurrentUser user,
                    List<PartnershipTab> tabs) {
        this.partnerships = partnerships;
        this.partners = partners;
        this.countries = countries;
        this.user = user;
        this.tabs = tabs;
        setId("partnership");
    }

    public static String path(long id) {
        return "partnerships/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        partnership = partnerships.find(RouteIds.numeric(event, "id")).orElseThrow(NotFoundException::new);
        selectedTab = DetailTabs.selectedIn(event).orElse(null);
        render();
    }

    private void reload() {
        partnership = partnerships.find(partnership.id()).orElse(null);
        if (partnership == null) {
            UI.getCurrent().navigate(PartnershipsView.ROUTE);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H1 title = new H1(partnership.title());
        title.setId("partnership-title");
        HorizontalLayout facts = new HorizontalLayout(
                fact("partnership-country", "partnerships.field.country", Countries.name(this, partnership.countryCode())),
                fact("partnership-period", "partnerships.field.period", Formats.period(partnership.startsOn(), partnership.endsOn())),
                Badge.of(getTranslation(partnership.status().labelKey()), PartnershipsView.tone(partnership.status())));
        facts.setWrap(true);
        facts.setId("partnership-facts");
        add(title, facts);
        partnerships.warnings(partnership).forEach(w ->
                add(Callout.warning(getTranslation(w.messageKey(), PartnershipTexts.arguments(this, w)))));
        if (user.isChanger()) {
            Button edit = new Button(getTranslation("partnerships.ui.edit"),
                    e -> new PartnershipDialog(partnerships, partners, countries, partnership).open());
            edit.setId("partnership-edit");
            add(edit);
        }
        DetailTabs<Partnership> sheet = new DetailTabs<>(tabs, partnership, path(partnership.id()),
                Optional.ofNullable(selectedTab), this::reload);
        sheet.setId("partnership-tabs");
        add(sheet);
    }

    private Span fact(String id, String labelKey, String value) {
        Span fact = new Span(getTranslation(labelKey) + ": " + value);
        fact.setId(id);
        return fact;
    }

    @Override
    public String getPageTitle() {
        return partnership == null ? getTranslation("partnerships.ui.list.title") : partnership.title();
    }
}
