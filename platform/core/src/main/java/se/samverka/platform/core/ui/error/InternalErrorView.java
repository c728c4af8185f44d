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
import se.samverka.platform.core.ui.DashboardView;

import java.util.UUID;

/** Never a stack trace in front of a user: a translated message with a reference the log also has. */
@Prototype
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Error {} while showing {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        setId("internal-error");
        removeAll();
        add(new H1(getTranslation("error.internal.title")), new Paragraph(getTranslation("error.internal.text", reference)),
                new RouterLink(getTranslation("error.home"), DashboardView.class));
        getStyle().set("padding", "var(--lumo-space-l)");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.internal.title") + " – Samverka";
    }
}
