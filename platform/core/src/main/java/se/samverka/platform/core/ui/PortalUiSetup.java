package se.samverka.platform.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Singleton;
import jakarta.servlet.http.Cookie;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.database.DatabaseOutage;
import se.samverka.platform.core.database.DatabaseOutageProblems;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.HostTenant;
import se.samverka.platform.core.ui.error.NotMemberException;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.ui.Notices;
import se.samverka.platform.core.i18n.Messages;
import se.samverka.platform.core.module.ModuleEnablement;
import se.samverka.platform.core.module.ModuleRegistry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Wires every Vaadin session and UI: the language (a cookie, else the browser, Swedish by default),
 * the page's {@code lang}, Vaadin's annotation-based access control (a view without
 * {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed} is denied), and the module
 * check: a module's view answers 404 while the module is disabled for the current tenant, and on a
 * tenant's host a user who is not its member is told so on every page but the public ones.
 */
@Singleton
public class PortalUiSetup implements VaadinServiceInitListener {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PortalUiSetup.class);

    /** Remembers the chosen language across sessions and on the login page. */
    public static final String LANGUAGE_COOKIE = "samverka_lang";

    private final ModuleRegistry modules;
    private final ModuleEnablement enablement;
    private final CurrentTenant tenant;

    PortalUiSetup(ModuleRegistry modules, ModuleEnablement enablement, CurrentTenant tenant) {
        this.modules = modules;
        this.enablement = enablement;
        this.tenant = tenant;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(languageOf(init.getRequest()));
            init.getSession().setErrorHandler(PortalUiSetup::showError);
        });
        NavigationAccessControl accessControl = new NavigationAccessControl();
        accessControl.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", ui.getLocale().getLanguage());
            // first: on a tenant's host where the user is no member, every page says so (in the shell)
            ui.addBeforeEnterListener(PortalUiSetup::checkMembershipOfHost);
            ui.addBeforeEnterListener(accessControl);
            ui.addBeforeEnterListener(this::checkModuleEnabled);
        });
    }

    /**
     * A signed-in user on the host of a tenant they are not a member of (the session filter gave them no
     * current tenant) sees the "not a member" page wherever they go, but for the public pages.
     */
    private static void checkMembershipOfHost(BeforeEnterEvent event) {
        Optional<String> host = HostTenant.current();
        Optional<PortalUser> user = UserContext.current();
        if (host.isEmpty() || user.isEmpty() || user.get().isMemberOf(host.get())
                || event.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        event.rerouteToError(NotMemberException.class);
    }

    private void checkModuleEnabled(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (!com.vaadin.flow.component.Component.class.isAssignableFrom(target)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Class<? extends com.vaadin.flow.component.Component> view = (Class<? extends com.vaadin.flow.component.Component>) target;
        modules.ownerOf(view).ifPresent(module -> {
            boolean enabled = tenant.id().map(t -> enablement.isEnabled(t, module.id())).orElse(false);
            if (!enabled) {
                event.rerouteToError(NotFoundException.class);
            }
        });
    }

    /**
     * An error in a click or other event. A refusal (what the portal refuses, with its reason) is shown
     * as what it says, in the user's language, and nothing else: a view need not catch refusals just to
     * show them. Anything else is unexpected: logged with a reference, shown translated, no stack trace.
     */
    private static void showError(com.vaadin.flow.server.ErrorEvent event) {
        Optional<Refusal> refusal = refusalIn(event.getThrowable());
        UI current = UI.getCurrent();
        if (refusal.isPresent() && current != null) {
            Notices.refused(refusal.get());
            return;
        }
        UI ui = UI.getCurrent();
        if (DatabaseOutage.isCauseOf(event.getThrowable())) {
            // not a fault to look into: the database is away for a moment, and the user is told to try again
            LOG.warn("UI action while the database is unavailable: {}", event.getThrowable().getMessage());
            if (ui != null) {
                showErrorNotice(ui.getTranslation(DatabaseOutageProblems.CODE));
            }
            return;
        }
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.error("UI error {}", reference, event.getThrowable());
        if (ui != null) {
            showErrorNotice(ui.getTranslation("error.action") + " (" + reference + ")");
        }
    }

    private static void showErrorNotice(String text) {
        com.vaadin.flow.component.notification.Notification notification = com.vaadin.flow.component.notification.Notification
                .show(text, 8000, com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
        notification.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
    }

    /** The refusal an error is, or was caused by (Vaadin wraps what a listener throws). */
    public static Optional<Refusal> refusalIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    static Locale languageOf(VaadinRequest request) {
        Optional<String> fromCookie = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> LANGUAGE_COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
        return fromCookie.map(Locale::forLanguageTag).map(Messages::supported)
                .orElseGet(() -> Messages.preferredLocale(request.getHeader("Accept-Language")));
    }
}
