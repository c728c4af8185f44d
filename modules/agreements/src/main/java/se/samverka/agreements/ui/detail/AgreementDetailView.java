package se.samverka.agreements.ui.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.ResponsibleOfficers;
import se.samverka.agreements.agreement.AgreementRoutines;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.steering.MeetingShortfall;
import se.samverka.agreements.steering.SteeringMeetings;
import se.samverka.agreements.ui.AgreementTab;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.ui.Badge;
import se.samverka.platform.api.ui.Callout;
import se.samverka.platform.api.ui.DetailTabs;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.ui.RecordView;

import java.util.List;
import java.util.Optional;

/**
 * One agreement: its header (title, registry number, status, period, renewal talks, the steering
 * group's warning, what the user may do with it) and its tabs, which the features bring as
 * {@link AgreementTab} beans. An agreement the user may not see, another tenant's, or an id that is
 * no id, all look like a page that does not exist.
 */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER, Roles.PARTNER})
public class AgreementDetailView extends RecordView<AgreementDetails> {

    public static final String ROUTE = "agreements/:id";
    public static final String TAB_PARAMETER = DetailTabs.PARAMETER;

    private final ResponsibleOfficers officers;
    private final AgreementRoutines routines;
    private final Agreements agreements;
    private final SteeringMeetings meetings;
    private final CurrentTenant tenant;
    private final CurrentUser user;

    AgreementDetailView(Agreements agreements, SteeringMeetings meetings, List<AgreementTab> tabs,
                        CurrentTenant tenant, CurrentUser user, ResponsibleOfficers officers, AgreementRoutines routines) {
        super("agreement", tabs);
        this.officers = officers;
        this.routines = routines;
        this.agreements = agreements;
        this.meetings = meetings;
        this.tenant = tenant;
        this.user = user;
        setId("agreement-detail");
    }

    /** The path of an agreement's detail view. */
    public static String path(long id) {
        return "agreements/" + id;
    }

    @Override
    protected Optional<AgreementDetails> find(long id) {
        return agreements.details(id);
    }

    @Override
    protected long idOf(AgreementDetails agreement) {
        return agreement.id();
    }

    @Override
    protected String pathOf(AgreementDetails agreement) {
        return path(agreement.id());
    }

    @Override
    protected String listRoute() {
        return "agreements";
    }

    @Override
    protected String titleOf(AgreementDetails agreement) {
        return agreement.agreement().title();
    }

    @Override
    protected String listTitleKey() {
        return "agreements.module.name";
    }

    @Override
    protected void addHeader(AgreementDetails agreement) {
        Agreement a = agreement.agreement();
        add(facts(a));
        AgreementRoutines.Links links = routines.linksOf(a.id());
        links.renews().ifPresent(old -> add(link("agreement-renews", "agreements.ui.renews", old)));
        links.renewedBy().ifPresent(next -> add(link("agreement-renewed-by", "agreements.ui.renewed-by", next)));
        if (user.get().map(u -> u.hasAnyRole(Roles.STAFF)).orElse(false)) {
            add(new ResponsibleOfficersFact(officers, a.id(), user.get().get().hasAnyRole(Roles.CHANGERS), this::reload));
        }
        for (MeetingShortfall shortfall : meetings.shortfalls(a.id())) {
            add(warning(getTranslation("agreements.meeting.shortfall", String.valueOf(shortfall.year()),
                    shortfall.meetings(), shortfall.minimum())));
        }
        add(actions(agreement));
    }

    private Component facts(Agreement a) {
        HorizontalLayout facts = new HorizontalLayout();
        facts.setId("agreement-facts");
        facts.setWrap(true);
        facts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Span status = Badge.of(getTranslation(a.status().labelKey()), StatusTone.of(a.status()));
        status.setId("agreement-status");
        facts.add(status,
                fact("agreement-registry-number", "agreements.field.registry-number",
                        a.registryNumber() == null ? "–" : a.registryNumber()),
                fact("agreement-period", "agreements.ui.period", Formats.period(a.periodStart(), a.periodEnd())),
                fact("agreement-renewal-talks", "agreements.ui.renewal-talks-start", Formats.date(a.renewalTalksStart())),
                fact("agreement-version-number", "agreements.ui.version-number", String.valueOf(a.versionNumber())));
        return facts;
    }

    /** "Förnyar: KS/2023:100 Läxhjälp" as a link to the other agreement. */
    private Component link(String id, String labelKey, Agreement other) {
        Span line = new Span(getTranslation(labelKey) + ": ");
        line.setId(id);
        Anchor to = new Anchor(path(other.id()), other.registryNumber() == null ? other.title()
                : other.registryNumber() + " " + other.title());
        to.getElement().setAttribute("router-link", true);
        line.add(to);
        return line;
    }

    private Component warning(String text) {
        Callout warning = Callout.warning(text);
        warning.addClassName("agreement-warning");
        return warning;
    }

    private Component actions(AgreementDetails agreement) {
        Agreement a = agreement.agreement();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("agreement-actions");
        actions.setWrap(true);
        boolean changer = user.get().map(u -> u.hasAnyRole(Roles.CHANGERS)).orElse(false);
        if (changer && a.status().isEditable()) {
            Button edit = new Button(getTranslation("agreements.ui.edit"), e -> UI.getCurrent().navigate(editPath(a.id())));
            edit.setId("agreement-edit");
            actions.add(edit);
        } else if (changer && a.status().isAmendable()) {
            Button amend = new Button(getTranslation("agreements.ui.amend"), e -> UI.getCurrent().navigate(editPath(a.id())));
            amend.setId("agreement-amend");
            actions.add(amend);
        }
        actions.add(new LifecycleActions(agreements, agreement, user.get().orElse(null), this::reload));
        if (changer) {
            actions.add(new RoutineActions(routines, agreement, routines.linksOf(a.id()).renewedBy().isPresent(), this::reload));
        }
        Anchor pdf = new Anchor("/api/v1/tenants/" + tenant.require() + "/agreements/" + a.id() + "/agreement.pdf",
                getTranslation("agreements.ui.pdf"));
        pdf.setId("agreement-pdf");
        pdf.getElement().setAttribute("download", true);
        pdf.getElement().setAttribute("router-ignore", true);
        actions.add(pdf);
        return actions;
    }

    private static String editPath(long id) {
        return "agreements/" + id + "/edit";
    }
}
