package se.samverka.agreements.ui.status;

import jakarta.inject.Singleton;
import se.samverka.agreements.AgreementsModule;
import se.samverka.platform.api.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import se.samverka.platform.api.module.DashboardWidget;
import se.samverka.platform.api.module.LocalizedText;

import java.util.Set;

/**
 * The dashboard card "agreements by status". The chart is a bean made by Vaadin's instantiator
 * (Micronaut in the portal), made when the card is shown.
 */
@Singleton
public class AgreementsByStatusWidget implements DashboardWidget {

    public static final String ID = "agreements-by-status";

    @Override
    public String moduleId() {
        return AgreementsModule.ID;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText title() {
        return new LocalizedText("Överenskommelser per status", "Agreements by status");
    }

    @Override
    public Set<String> roles() {
        return Roles.STAFF;
    }

    @Override
    public Component create() {
        return Instantiator.get(UI.getCurrent()).getOrCreate(StatusChart.class);
    }
}
