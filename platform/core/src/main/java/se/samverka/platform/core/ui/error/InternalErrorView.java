package se.samverka.platform.core.ui.error;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.platform.core.database.DatabaseOutage;
import se.samverka.platform.core.ui.DashboardView;

import java.util.UUID;

/**
 * Never a stack trace in front of a user: a translated message with a reference the log also has; while the
 * database does not answer, a translated "try again in a moment" (503) instead.
 */
@Prototype
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    private String title = "error.internal.title";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseOutage.isCauseOf(parameter.getCaughtException())) {
            return databaseUnavailable(event);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Error {} while showing {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        setId("internal-error");
        removeAll();
        add(new H1(getTranslation("error.internal.title")), new Paragraph(getTranslation("error.internal.text", reference)),
                new RouterLink(getTranslation("error.home"), DashboardView.class));
        getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The database away for a moment: no fault to report with a reference, the page works again on reload. */
    private int databaseUnavailable(BeforeEnterEvent event) {
        LOG.warn("{} shown while the database is unavailable", event.getLocation().getPath());
        title = "error.unavailable.title";
        setId("database-unavailable");
        removeAll();
        add(new H1(getTranslation(title)), new Paragraph(getTranslation("error.unavailable.text")));
        getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(title) + " – Samverka";
    }
}
