package se.samverka.platform.api.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordReference;

import java.util.Optional;

/**
 * A link to another module's record (by its {@link RecordReference}): its title to click, or "not
 * available" when the module is off for the tenant or the user may not see the record — the same words for
 * both, so the link tells nothing about what is behind it.
 */
public class RecordLink extends FlexLayout {

    public static final String NOT_AVAILABLE = "links.not-available";

    public RecordLink(RecordDirectory directory, RecordReference reference) {
        addClassName("samverka-record-link");
        Optional<LinkedRecord> found = directory.resolve(reference);
        if (found.isPresent()) {
            Anchor link = new Anchor(found.get().path(), found.get().title());
            link.getElement().setAttribute("data-reference", reference.toString());
            add(link);
        } else {
            Span missing = new Span(getTranslation(NOT_AVAILABLE));
            missing.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(missing);
        }
    }
}
