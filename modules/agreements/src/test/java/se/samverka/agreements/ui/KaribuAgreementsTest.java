package se.samverka.agreements.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.agreements.TestPortal;
import se.samverka.platform.core.ui.DashboardView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class KaribuAgreementsTest {

    @RegisterExtension
    final KaribuAgreements karibu = new KaribuAgreements();

    @Test
    void aCaseOfficerSeesTheDashboardOfTheTenant() {
        karibu.show(TestPortal.officer(TestPortal.TENANT_A), TestPortal.TENANT_A, "");
        assertThat(_get(DashboardView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }
}
