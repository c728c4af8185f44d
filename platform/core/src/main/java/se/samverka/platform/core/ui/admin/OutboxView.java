package se.samverka.platform.core.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import jakarta.annotation.security.RolesAllowed;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.mail.Outbox;
import se.samverka.platform.core.mail.OutboxMail;
import se.samverka.platform.core.ui.MainLayout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * "Utkorg": every mail the portal has written, newest first, paged in the database. In the embedded
 * default (no SMTP) this is where mail goes instead of the network; with SMTP it shows what was sent
 * and what failed. For the platform administrator: it spans all tenants.
 */
@Prototype
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Route(value = "admin/outbox", layout = MainLayout.class)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    OutboxView(Outbox outbox, se.samverka.platform.core.tenant.TenantDirectory tenants) {
        setId("outbox");
        setSizeFull();
        Paragraph state = new Paragraph(outbox.sends() ? getTranslation("outbox.sending", outbox.pending())
                : getTranslation("outbox.notSending"));
        state.setId("outbox-state");
        Grid<OutboxMail> grid = new Grid<>();
        grid.setId("outbox-grid");
        grid.addColumn(m -> time(m.createdAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
        grid.addColumn(m -> tenants.find(m.tenantId()).map(se.samverka.platform.core.tenant.Tenant::name).orElse(m.tenantId())).setHeader(getTranslation("outbox.tenant")).setAutoWidth(true);
        grid.addColumn(OutboxMail::toAddress).setHeader(getTranslation("outbox.to")).setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("outbox.status." + m.status().name())).setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true);
        grid.addColumn(m -> time(m.sentAt())).setHeader(getTranslation("outbox.sentAt")).setAutoWidth(true);
        grid.addColumn(OutboxMail::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
        grid.addColumn(m -> time(m.nextAttemptAt())).setHeader(getTranslation("outbox.nextAttempt")).setAutoWidth(true);
        grid.addColumn(OutboxMail::lastError).setHeader(getTranslation("outbox.error")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> {
            Paragraph body = new Paragraph(m.body());
            body.getStyle().set("white-space", "pre-wrap");
            return body;
        }));
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setItems(query -> outbox.page(Pageable.from(query.getPage(), query.getPageSize())).getContent().stream());
        add(new H1(getTranslation("outbox.title")), state, grid);
        expand(grid);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " – Samverka";
    }
}
