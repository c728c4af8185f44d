package se.samverka.agreements.ui.status;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.overview.AgreementStatusCounts;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.agreements.ui.KaribuAgreements;
import se.samverka.platform.api.security.CurrentUser.PortalUser;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_C;

class StatusChartTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    final PortalUser officer = TestPortal.officer(TENANT_C);

    @Test
    void theWidgetShowsTheCountsPerStatusEachLinkingToTheFilteredList() {
        PartnerOrganisation partner = TestPortal.as(officer, TENANT_C, () -> TestAgreements.partner(TestAgreements.alias("w")));
        TestPortal.as(officer, TENANT_C, () -> TestAgreements.draft(partner.id()));
        TestPortal.as(officer, TENANT_C, () -> TestAgreements.active(partner.id()));
        Map<AgreementStatus, Long> counts = TestPortal.as(officer, TENANT_C,
                () -> TestPortal.bean(AgreementStatusCounts.class).countsByStatus());

        karibu.show(officer, TENANT_C, "");

        assertThat(_get(Section.class, spec -> spec.withId("widget-" + AgreementsByStatusWidget.ID))).isNotNull();
        for (AgreementStatus status : AgreementStatus.values()) {
            Anchor bar = _get(Anchor.class, spec -> spec.withId("agreements-status-" + status.name()));
            String label = bar.getElement().getAttribute("aria-label");
            assertThat(label).isEqualTo(swedishLabel(status) + ": " + counts.get(status));
            assertThat(bar.getHref()).isEqualTo("agreements?status=" + status.name());
        }
        assertThat(counts.get(AgreementStatus.ACTIVE)).isPositive();
        assertThat(counts.get(AgreementStatus.DRAFT)).isPositive();
    }

    @Test
    void aPartnerUserDoesNotGetTheWidget() {
        karibu.show(TestPortal.partner("nobody", TENANT_C), TENANT_C, "");
        _assertNone(Section.class, spec -> spec.withId("widget-" + AgreementsByStatusWidget.ID));
    }

    private static String swedishLabel(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> "utkast";
            case PROPOSED -> "förslag till beslut";
            case DECIDED -> "beslutad";
            case ACTIVE -> "aktiv";
            case ENDED -> "avslutad";
            case TERMINATED -> "hävd";
        };
    }
}
