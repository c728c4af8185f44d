package se.samverka.agreements.ui.form;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.agreements.ui.detail.AgreementDetailView;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.api.ui.UnsavedChanges;
import se.samverka.platform.api.security.Roles;

import java.util.List;

/** A new agreement, saved as a draft: the tenant and one partner as parties, the usual defaults filled in. */
@Prototype
@RolesAllowed({Roles.CASE_OFFICER, Roles.TENANT_ADMIN})
public class NewAgreementView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "agreements/new";

    NewAgreementView(Agreements agreements, PartnerRegister partners) {
        setId("agreement-new");
        AgreementEditor editor = new AgreementEditor(partners);
        editor.read(AgreementTerms.draft("", List.of(tenantAsBefore(agreements), blankPartner())));
        // 40 fields typed in for nothing is what leaving by mistake would cost: the guard asks first
        UnsavedChanges unsaved = UnsavedChanges.guard(this);
        Button save = new Button(getTranslation("agreements.ui.form.create"), e -> editor.write().ifPresent(terms -> {
            try {
                AgreementDetails created = agreements.createDraft(terms);
                unsaved.saved();
                Notices.done(getTranslation("agreements.ui.form.created"));
                UI.getCurrent().navigate(AgreementDetailView.path(created.id()));
            } catch (Refusal refused) {
                editor.show(refused);
            }
        }));
        save.setId("agreement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("agreements.ui.cancel"), e -> UI.getCurrent().navigate("agreements"));
        add(new H1(getTranslation("agreements.ui.form.new-title")), editor, new HorizontalLayout(save, cancel));
        unsaved.saved();
    }

    /**
     * The tenant as a party, named as in one of its earlier agreements (the module does not know the
     * tenant's legal name otherwise); blank for the first one.
     */
    private static PartyTerms tenantAsBefore(Agreements agreements) {
        return agreements.search(new AgreementSearch(null, null, null, null, null), Pageable.from(0, 1)).getContent().stream()
                .findFirst().flatMap(earlier -> agreements.details(earlier.id()))
                .flatMap(details -> details.parties().stream().filter(PartyTerms::isTenant).findFirst())
                .map(party -> PartyTerms.tenant(party.name(), party.organisationNumber()))
                .orElse(PartyTerms.tenant("", null));
    }

    /** An empty partner party for the user to pick the organisation of. */
    private static PartyTerms blankPartner() {
        return new PartyTerms(-1L, null, null, false, List.of(), List.of(), List.of());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.ui.form.new-title") + " – Samverka";
    }
}
