package se.samverka.platform.core.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;

import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.5.3 (label in name): a control's accessible name starts with the text it shows, so that a
 * voice-control user who says what they see ("Visa rapport") reaches it, and a screen reader says the
 * same words first. axe-core's label-content-name-mismatch checks the same in Chromium.
 */
public final class AccessibleNames {

    private AccessibleNames() {
    }

    /** Every button or link under the roots (themselves included) with an aria-label starts that label with its text. */
    public static void startWithTheVisibleText(Component... roots) {
        Stream.of(roots).flatMap(AccessibleNames::descendants).forEach(component -> {
            String label = component.getElement().getAttribute("aria-label");
            if (label != null && component instanceof HasText shown && !shown.getText().isBlank()) {
                assertThat(label.toLowerCase(Locale.ROOT)).as("the accessible name of the control showing '%s'", shown.getText())
                        .startsWith(shown.getText().strip().toLowerCase(Locale.ROOT));
            }
        });
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AccessibleNames::descendants));
    }
}
