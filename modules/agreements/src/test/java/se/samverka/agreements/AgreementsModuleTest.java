package se.samverka.agreements;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.module.DashboardWidget;

import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementsModuleTest {

    final AgreementsModule module = TestPortal.bean(AgreementsModule.class);

    @Test
    void theModuleDeclaresItselfWithItsMigrationsAndMessages() {
        assertThat(module.id()).isEqualTo("agreements");
        assertThat(module.name().sv()).isEqualTo("Överenskommelser");
        assertThat(module.name().en()).isEqualTo("Agreements");
        assertThat(module.icon()).isEqualTo("HANDSHAKE");
        assertThat(module.migrations()).contains("classpath:db/agreements");
        assertThat(getClass().getResource("/db/agreements/V1__agreements.sql")).isNotNull();
        assertThat(module.messageBundle()).contains("i18n.agreements");
        assertThat(ResourceBundle.getBundle("i18n.agreements").getString("agreements.module.name")).isNotBlank();
    }

    @Test
    void theModuleBringsTheListTheOldRegistersAddressAndItsWidgets() {
        // the partner register is the platform's now (and in its navigation); the old address forwards there
        assertThat(module.routes()).extracting(r -> r.path()).contains("agreements", "agreements/partners");
        assertThat(module.navigation()).extracting(n -> n.path()).containsExactly("agreements");
        assertThat(TestPortal.shared().context().getBeansOfType(DashboardWidget.class))
                .filteredOn(w -> w.moduleId().equals("agreements")).extracting(DashboardWidget::id)
                .containsExactlyInAnyOrder("agreements-by-status", "agreements-deadlines");
    }

    @Test
    void theModuleBringsAnAgreementsDetailViewAndItsForms() {
        assertThat(module.routes()).extracting(r -> r.path())
                .contains("agreements/new", "agreements/:id", "agreements/:id/edit");
    }
}
