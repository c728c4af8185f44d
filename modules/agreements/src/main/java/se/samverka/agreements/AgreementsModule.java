package se.samverka.agreements;

import jakarta.inject.Singleton;
import se.samverka.agreements.ui.list.AgreementsListView;
import se.samverka.agreements.ui.partners.PartnersMoved;
import se.samverka.agreements.ui.detail.AgreementDetailView;
import se.samverka.agreements.ui.form.EditAgreementView;
import se.samverka.agreements.ui.form.NewAgreementView;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;
import se.samverka.platform.api.module.NavigationEntry;
import se.samverka.platform.api.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the agreements module declares itself to the platform. Views and navigation come with the
 * views: until then the module brings its tables, its rules and its demo data only.
 */
@Singleton
public class AgreementsModule implements ModuleManifest {

    /** Also the API path segment and the prefix of every message key and table of the module. */
    public static final String ID = "agreements";
    /** The type of an agreement in record references: {@code agreements:agreement:<id>}. */
    public static final String AGREEMENT_TYPE = "agreement";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Överenskommelser", "Agreements");
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText(
                "Idéburet offentligt partnerskap (IOP) och andra överenskommelser med idéburna organisationer: "
                        + "från utkast och beslut till uppföljning, styrgrupp och förnyelse",
                "Public–civil society partnerships (IOP) and other agreements with non-profit organisations: "
                        + "from draft and decision to follow-up, steering group and renewal");
    }

    @Override
    public String icon() {
        return "HANDSHAKE";
    }

    @Override
    public List<ModuleRoute> routes() {
        return List.of(
                new ModuleRoute(AgreementsListView.ROUTE, AgreementsListView.class),
                new ModuleRoute(PartnersMoved.ROUTE, PartnersMoved.class),
                // one agreement, its create and edit forms
                new ModuleRoute(NewAgreementView.ROUTE, NewAgreementView.class),
                new ModuleRoute(AgreementDetailView.ROUTE, AgreementDetailView.class),
                new ModuleRoute(EditAgreementView.ROUTE, EditAgreementView.class));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(new LocalizedText("Överenskommelser", "Agreements"), AgreementsListView.ROUTE,
                        "HANDSHAKE", Set.of(Roles.CASE_OFFICER, Roles.TENANT_ADMIN, Roles.READER, Roles.PARTNER)));
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("classpath:db/agreements");
    }

    @Override
    public Optional<String> messageBundle() {
        return Optional.of("i18n.agreements");
    }
}
