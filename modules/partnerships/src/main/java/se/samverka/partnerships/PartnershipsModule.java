package se.samverka.partnerships;

import jakarta.inject.Singleton;
import se.samverka.partnerships.ui.PartnershipView;
import se.samverka.partnerships.ui.PartnershipsView;
import se.samverka.platform.api.module.LocalizedText;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.module.ModuleRoute;
import se.samverka.platform.api.module.NavigationEntry;
import se.samverka.platform.api.security.Roles;

import java.util.List;
import java.util.Optional;

/**
 * How the partnerships module declares itself to the platform: international municipal partnerships
 * financed through ICLD, from inception to results. The tenant's staff work in it; the foreign side is a
 * party from the platform's register, without a login.
 */
@Singleton
public class PartnershipsModule implements ModuleManifest {

    /** Also the API path segment and the prefix of every message key and table of the module. */
    public static final String ID = "partnerships";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Internationella partnerskap", "International partnerships");
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText(
                "Kommunala partnerskap med ICLD: parter, faser, budget och utfall, utbytesbesök, resultatram och rapporter",
                "Municipal partnerships with ICLD: parties, phases, budget and actuals, exchange visits, results framework and reports");
    }

    @Override
    public String icon() {
        return "GLOBE";
    }

    @Override
    public List<ModuleRoute> routes() {
        return List.of(new ModuleRoute(PartnershipsView.ROUTE, PartnershipsView.class),
                new ModuleRoute(PartnershipView.ROUTE, PartnershipView.class));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(new LocalizedText("Internationella partnerskap", "International partnerships"),
                PartnershipsView.ROUTE, "GLOBE", Roles.STAFF));
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("classpath:db/partnerships");
    }

    @Override
    public Optional<String> messageBundle() {
        return Optional.of("i18n.partnerships");
    }
}
