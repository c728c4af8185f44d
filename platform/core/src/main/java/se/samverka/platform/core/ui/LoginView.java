package se.samverka.platform.core.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import io.micronaut.context.annotation.Prototype;
import com.vaadin.flow.component.html.Div;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.core.security.OidcAvailability;
import se.samverka.platform.core.security.PortalLoginHandler;
import se.samverka.platform.core.tenant.HostTenant;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantDirectory;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.router.RouterLink;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The sign-in page. On the embedded default: Vaadin's login form posting to Micronaut's login endpoint,
 * which sets the signed session cookie and returns the user to where they were going. With Keycloak:
 * the way to Keycloak's login page. On a tenant's host it names the tenant (Keycloak's own page cannot:
 * one realm and one client serve every tenant), and there it waits for the user's click instead of
 * going on to Keycloak at once, so the name is seen. A skip link, the languages and the accessibility
 * statement are on it as on every page.
 */
@Prototype
@AnonymousAllowed
@Route("login")
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String KEYCLOAK_LOGIN = "/oauth/login/keycloak";

    private final CurrentUser currentUser;
    private final Optional<OidcAvailability> keycloak;
    private final LoginForm form = new LoginForm();
    private final Div keycloakState = new Div();
    private final Optional<Tenant> hostTenant;

    LoginView(CurrentUser currentUser, Optional<OidcAvailability> keycloak, TenantDirectory tenants) {
        this.currentUser = currentUser;
        this.keycloak = keycloak;
        this.hostTenant = HostTenant.current().flatMap(tenants::find);
        setId("login-view");
        Main main = new Main();
        main.setId(SkipLink.TARGET);
        main.getElement().setAttribute("tabindex", "-1");
        main.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("padding", "var(--lumo-space-l)");
        H1 title = new H1(hostTenant.map(Tenant::name).orElse("Samverka"));
        title.setId("login-title");
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        if (hostTenant.isPresent()) {
            Paragraph product = new Paragraph("Samverka");
            product.setId("login-product");
            product.getStyle().set("font-weight", "600").set("margin-bottom", "0");
            main.add(product);
            intro.add(" " + getTranslation("login.tenantIntro", hostTenant.get().name()));
        }
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null, null));
        HorizontalLayout languages = Language.buttons("login-lang", getTranslation("user.language"));
        keycloakState.setId("keycloak-state");
        main.add(title, intro, keycloak.isPresent() ? keycloakState : form, languages);
        RouterLink statement = new RouterLink(getTranslation("a11y.link"), AccessibilityStatementView.class);
        statement.setId("login-accessibility-link");
        Footer footer = new Footer(statement);
        footer.getStyle().set("text-align", "center").set("padding", "var(--lumo-space-m)");
        add(new SkipLink(), main, footer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo(DashboardView.class);
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        String next = params.getOrDefault("next", List.of()).stream().findFirst().orElseGet(this::storedTarget);
        if (keycloak.isPresent()) {
            signInThroughKeycloak(params, next);
            return;
        }
        form.setAction("/auth/login" + (next == null || next.isBlank() ? ""
                : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        String error = params.getOrDefault("error", List.of()).stream().findFirst().orElse(null);
        if (error != null) {
            String wait = params.getOrDefault("wait", List.of()).stream().findFirst().filter(w -> w.matches("\\d{1,6}"))
                    .orElse("60");
            form.setI18n(i18n(error, wait));
            form.setError(true);
        }
    }

    /**
     * With Keycloak the portal has no password form: the browser goes to Keycloak's login page (the
     * target kept in a cookie for the way back), unless Keycloak does not answer, sign-in failed, or
     * the user just signed out: then this page says so and offers to try again.
     */
    private void signInThroughKeycloak(java.util.Map<String, List<String>> params, String next) {
        keycloakState.removeAll();
        boolean signedOut = params.containsKey("logout");
        String error = params.getOrDefault("error", List.of()).stream().findFirst().orElse(null);
        boolean available = keycloak.get().isAvailable();
        if (!signedOut && error == null && available) {
            var response = com.vaadin.flow.server.VaadinService.getCurrentResponse();
            if (response != null && next != null && PortalLoginHandler.isLocalPath(next)) {
                jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie(PortalLoginHandler.NEXT_COOKIE,
                        PortalLoginHandler.nextCookieValue(next));
                cookie.setPath("/");
                cookie.setHttpOnly(true);
                cookie.setMaxAge(600);
                response.addCookie(cookie);
            }
            if (hostTenant.isEmpty()) {
                getUI().ifPresent(ui -> ui.getPage().setLocation(KEYCLOAK_LOGIN));
                keycloakState.add(new Paragraph(getTranslation("login.redirecting")));
                return;
            }
        }
        boolean waiting = !signedOut && error == null && available;
        String message = waiting ? "login.keycloakIntro" : signedOut ? "login.signedOut"
                : !available || "unavailable".equals(error) ? "login.unavailable" : "login.denied";
        Paragraph text = new Paragraph(getTranslation(message));
        text.setId("login-message");
        if (!waiting) {
            text.getElement().setAttribute("role", signedOut ? "status" : "alert");
        }
        Button again = new Button(getTranslation("login.submit"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.getPage().setLocation(KEYCLOAK_LOGIN)));
        again.setId("login-keycloak");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keycloakState.add(text, again);
    }

    /** Where Vaadin's access control was sending the user before it asked them to sign in. */
    private String storedTarget() {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null ? null
                : session.getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        return stored == null ? null : "/" + stored.toString().replaceFirst("^/", "");
    }

    /** The form's texts; after a throttled attempt the error says how many seconds to wait. */
    private LoginI18n i18n(String error, String waitSeconds) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        boolean throttled = "throttled".equals(error);
        i18n.getErrorMessage().setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(throttled
                ? getTranslation("login.throttled.message", waitSeconds) : getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + hostTenant.map(t -> " – " + t.name()).orElse("") + " – Samverka";
    }
}
