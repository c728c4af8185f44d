package se.samverka.agreements.ui.detail;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

/** Opens an agreement's detail view on one tab, as a link with {@code ?tab=} does. */
public final class DetailTabs {

    private DetailTabs() {
    }

    public static void open(KaribuAgreements karibu, PortalUser user, String tenant, long agreementId, String tab) {
        karibu.show(user, tenant, AgreementDetailView.path(agreementId));
        UI.getCurrent().navigate(AgreementDetailView.path(agreementId), QueryParameters.of(AgreementDetailView.TAB_PARAMETER, tab));
    }
}
