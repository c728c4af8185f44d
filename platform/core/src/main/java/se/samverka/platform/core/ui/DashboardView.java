package se.samverka.platform.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import se.samverka.platform.api.module.DashboardWidget;
import se.samverka.platform.core.ui.work.MyWorkCard;
import se.samverka.platform.core.work.MyWork;
import se.samverka.platform.api.module.ModuleManifest;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.ui.admin.ModuleAdminView;

import java.util.List;

/** The start page: widgets of the tenant's enabled modules, or an empty state that says what to do. */
@Prototype
@PermitAll
@Route(value = "", layout = MainLayout.class)
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(CurrentUser currentUser, CurrentTenant currentTenant, ModuleEnablement enablement,
                  List<DashboardWidget> allWidgets, MyWork work) {
        setId("dashboard");
        add(new H1(getTranslation("dashboard.title")));
        PortalUser user = currentUser.require();
        if (currentTenant.id().isEmpty()) {
            add(emptyState(getTranslation("dashboard.noTenant"), user));
            return;
        }
        // the enabled modules' cards in the modules' order, each module's by its own order
        List<String> modules = enablement.enabledModules(currentTenant.require()).stream().map(ModuleManifest::id).toList();
        List<DashboardWidget> widgets = allWidgets.stream()
                .filter(w -> modules.contains(w.moduleId()) && user.hasAnyRole(w.roles()))
                .sorted(java.util.Comparator.<DashboardWidget>comparingInt(w -> modules.indexOf(w.moduleId()))
                        .thenComparingInt(DashboardWidget::order).thenComparing(DashboardWidget::id))
                .toList();
        if (modules.isEmpty()) {
            add(emptyState(getTranslation("dashboard.empty"), user));
            return;
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        // the user's own work first: what is overdue or waits for them, from every enabled module
        cards.add(card("my-work", getTranslation("work.title"), MyWorkCard.create(work)));
        for (DashboardWidget widget : widgets) {
            cards.add(card(widget));
        }
        add(cards);
    }

    private Component card(DashboardWidget widget) {
        return card(widget.id(), widget.title().in(getLocale()), widget.create());
    }

    private Component card(String id, String title, Component content) {
        Section card = new Section(new H2(title), content);
        card.setId("widget-" + id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "18rem").set("flex", "1 1 18rem");
        return card;
    }

    private Component emptyState(String text, PortalUser user) {
        Div empty = new Div(new Paragraph(text));
        empty.setId("dashboard-empty");
        if (user.hasRole(Roles.TENANT_ADMIN) || user.hasRole(Roles.PLATFORM_ADMIN)) {
            empty.add(new Paragraph(new RouterLink(getTranslation("dashboard.enableModules"), ModuleAdminView.class)));
        } else {
            empty.add(new Paragraph(getTranslation("dashboard.askAdmin")));
        }
        return empty;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " – Samverka";
    }
}
