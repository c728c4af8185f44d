package se.samverka.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.RecordView;

import java.util.List;
import java.util.Optional;

/**
 * One partnership: its country, status and period, what ICLD's rules would question, and its tabs (overview,
 * phases and budget, visits, results, reports, documents, history).
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER})
public class PartnershipView extends RecordView<Partnership> {

    public static final String ROUTE = "partnerships/:id";

    private final Partnerships partnerships;
    private final PartnerRegister partners;
    private final EligibleCountries countries;
    private final CurrentUser user;

    PartnershipView(Partnerships partnerships, PartnerRegister partners, EligibleCountries countries, CurrentUser user,
                    List<PartnershipTab> tabs) {
        super("partnership", tabs);
        this.partnerships = partnerships;
        this.partners = partners;
        this.countries = countries;
        this.user = user;
    }

    public static String path(long id) {
        return "partnerships/" + id;
    }

    @Override
    protected Optional<Partnership> find(long id) {
        return partnerships.find(id);
    }

    @Override
    protected long idOf(Partnership partnership) {
        return partnership.id();
    }

    @Override
    protected String pathOf(Partnership partnership) {
        return path(partnership.id());
    }

    @Override
    protected String listRoute() {
        return PartnershipsView.ROUTE;
    }

    @Override
    protected String titleOf(Partnership partnership) {
        return partnership.title();
    }

    @Override
    protected String listTitleKey() {
        return "partnerships.ui.list.title";
    }

    @Override
    protected void addHeader(Partnership partnership) {
        HorizontalLayout facts = new HorizontalLayout(
                fact("partnership-country", "partnerships.field.country", Countries.name(this, partnership.countryCode())),
                fact("partnership-period", "partnerships.field.period", Formats.period(partnership.startsOn(), partnership.endsOn())),
                Badge.of(getTranslation(partnership.status().labelKey()), PartnershipsView.tone(partnership.status())));
        facts.setWrap(true);
        facts.setId("partnership-facts");
        add(facts);
        partnerships.warnings(partnership).forEach(w ->
                add(Callout.warning(getTranslation(w.messageKey(), PartnershipTexts.arguments(this, w)))));
        if (user.isChanger()) {
            Button edit = new Button(getTranslation("partnerships.ui.edit"),
                    e -> new PartnershipDialog(partnerships, partners, countries, partnership).open());
            edit.setId("partnership-edit");
            add(edit);
        }
    }
}
