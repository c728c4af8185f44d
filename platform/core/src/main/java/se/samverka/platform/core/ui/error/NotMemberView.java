package se.samverka.platform.core.ui.error;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.tenant.HostTenant;
import se.samverka.platform.core.tenant.Tenant;
import se.samverka.platform.core.tenant.TenantAddresses;
import se.samverka.platform.core.tenant.TenantDirectory;
import se.samverka.platform.core.ui.MainLayout;

import java.util.List;
import java.util.Optional;

/**
 * A signed-in user on the host of a tenant they are not a member of (an Orust officer on Region
 * Jönköpings län's address): in the shell, with their name and logout, it says whose address this is
 * and links to the tenants they are a member of, by name, on those tenants' own addresses. Answers 404,
 * as everything the user may not see does.
 */
@Prototype
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotMemberView extends Div implements HasErrorParameter<NotMemberException>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final TenantDirectory tenants;
    private final TenantAddresses addresses;
    private String title = "";

    NotMemberView(CurrentUser currentUser, TenantDirectory tenants, TenantAddresses addresses) {
        this.currentUser = currentUser;
        this.tenants = tenants;
        this.addresses = addresses;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotMemberException> parameter) {
        setId("not-member");
        removeAll();
        getStyle().set("padding", "var(--lumo-space-l)");
        Optional<PortalUser> user = currentUser.get();
        String hostTenant = HostTenant.current().flatMap(tenants::find).map(Tenant::name)
                .orElseGet(() -> getTranslation("error.notMember.thisTenant"));
        title = getTranslation("error.notMember.title", hostTenant);
        add(new H1(title));
        add(new Paragraph(getTranslation("error.notMember.signedInAs", user.map(PortalUser::displayName).orElse(""), hostTenant)));
        List<Tenant> own = user.map(PortalUser::tenants).orElse(List.of()).stream()
                .flatMap(id -> tenants.find(id).stream()).toList();
        if (own.isEmpty()) {
            add(new Paragraph(getTranslation("error.notMember.none")));
        } else {
            add(new Paragraph(getTranslation("error.notMember.yours")));
            UnorderedList links = new UnorderedList();
            links.setId("my-tenants");
            for (Tenant tenant : own) {
                links.add(new ListItem(addresses.startPage(tenant)
                        .<com.vaadin.flow.component.Component>map(url -> {
                            Anchor link = new Anchor(url, tenant.name());
                            link.setId("tenant-link-" + tenant.id());
                            return link;
                        })
                        .orElseGet(() -> new com.vaadin.flow.component.html.Span(tenant.name()))));
            }
            add(links);
        }
        Button logout = new Button(getTranslation("error.notMember.logout"), e -> MainLayout.logout());
        logout.setId("not-member-logout");
        add(logout);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return title + " – Samverka";
    }
}
