package se.samverka.partnerships.ui;

import com.vaadin.flow.component.Component;
import se.samverka.partnerships.partnership.Warning;
import se.samverka.platform.api.refusal.Refusal;

/** A warning's arguments as a view shows them: labels translated, a country code as the country's name. */
final class PartnershipTexts {

    private PartnershipTexts() {
    }

    static Object[] arguments(Component view, Warning warning) {
        return warning.arguments().stream().map(a -> {
            if (a instanceof Refusal.Label label) {
                return view.getTranslation(label.key());
            }
            if (a instanceof String code && code.matches("[A-Z]{2}")) {
                return Countries.name(view, code);
            }
            return a;
        }).toArray();
    }
}
