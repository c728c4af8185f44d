package se.samverka.platform.core.users;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.users.KeycloakAdminApi.NewUser;
import se.samverka.platform.core.users.KeycloakAdminApi.Organisation;
import se.samverka.platform.core.users.KeycloakAdminApi.Role;
import se.samverka.platform.core.users.KeycloakAdminApi.User;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Tenant memberships in Keycloak, through its admin REST API ({@link KeycloakAdminApi}) with the
 * {@code portal-admin} service account (which may only view and manage users). A membership is the
 * user attribute {@code tenants}; the role is one of the portal's realm roles; a partner user's
 * organisation is a Keycloak Organization whose alias is the partner's directory alias.
 */
@Singleton
@Requires(property = "samverka.oidc.enabled", value = "true")
public class KeycloakUserDirectory implements UserDirectory {

    static final String TENANTS = "tenants";
    /** A week to follow the invitation's link. */
    private static final long INVITATION_LIFESPAN_SECONDS = 7 * 24 * 3600;
    /** The roles a membership can carry; platform administrators are made in Keycloak itself. */
    static final List<String> MEMBER_ROLES = List.of(Roles.TENANT_ADMIN, Roles.CASE_OFFICER, Roles.READER, Roles.PARTNER);

    private final KeycloakAdminApi keycloak;

    KeycloakUserDirectory(KeycloakAdminApi keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public List<DirectoryUser> members(String tenantId) {
        // one role-mapping call per member: the service account may not read the realm's roles
        // (no view-realm), which would have allowed one call per role instead
        return tenantUsers(tenantId).stream().map(user -> toUser(user, memberRole(user.id())))
                .sorted(Comparator.comparing(DirectoryUser::username)).toList();
    }

    @Override
    public Optional<DirectoryUser> find(String id) {
        if (!id.matches("[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        return call(() -> keycloak.user(id)).map(user -> toUser(user, memberRole(id)));
    }

    /** The tenant's members in one call (the usual recipients), one look-up each only for anybody else. */
    @Override
    public Map<String, String> emailsOf(String tenantId, Collection<String> usernames) {
        Set<String> wanted = new HashSet<>(usernames);
        Map<String, String> emails = new HashMap<>();
        for (User user : tenantUsers(tenantId)) {
            if (wanted.remove(user.username()) && user.isEnabled() && user.email() != null && !user.email().isBlank()) {
                emails.put(user.username(), user.email());
            }
        }
        emails.putAll(UserDirectory.super.emailsOf(tenantId, wanted));
        return emails;
    }

    @Override
    public Optional<DirectoryUser> findByUsername(String username) {
        // a disabled account is nobody to write to (reminder mail) any more than to sign in
        return enabledUserNamed(username).map(user -> toUser(user, memberRole(user.id())));
    }

    @Override
    public List<DirectoryUser> organisationMembers(String tenantId, String organisationAlias) {
        return organisationMembers(tenantId, List.of(organisationAlias)).get(organisationAlias);
    }

    /**
     * Keycloak Organizations: the realm's organisations are read once and matched by alias, the
     * tenant's users once, then the members of each organisation asked for: one call per organisation.
     */
    @Override
    public Map<String, List<DirectoryUser>> organisationMembers(String tenantId, Collection<String> organisationAliases) {
        Map<String, List<DirectoryUser>> members = new HashMap<>();
        organisationAliases.forEach(alias -> members.put(alias, new ArrayList<>()));
        if (members.isEmpty()) {
            return members;
        }
        Set<String> inTenant = null;
        for (Organisation organisation : call(keycloak::organisations)) {
            List<DirectoryUser> ofOrganisation = members.get(organisation.alias());
            if (ofOrganisation == null) {
                continue;
            }
            if (inTenant == null) {
                // an organisation's member list may leave out attributes: the tenant's users by one query instead
                inTenant = tenantUsers(tenantId).stream().map(User::id).collect(Collectors.toSet());
            }
            for (User user : call(() -> keycloak.organisationMembers(organisation.id()))) {
                if (inTenant.contains(user.id())) {
                    ofOrganisation.add(new DirectoryUser(user.id(), user.username(), user.firstName(), user.lastName(),
                            user.email(), Roles.PARTNER, List.of(tenantId)));
                }
            }
        }
        return members;
    }

    @Override
    public Optional<PortalUser> identity(String username) {
        // a disabled account cannot sign in, so its secret feed must not open either
        // every portal role of the realm, as a sign-in's token carries them (a platform administrator has no member role)
        return enabledUserNamed(username).flatMap(user -> {
            Set<String> roles = call(() -> keycloak.realmRoles(user.id())).stream().map(Role::name)
                    .filter(Roles.ALL::contains).collect(Collectors.toSet());
            if (roles.isEmpty()) {
                return Optional.empty();
            }
            DirectoryUser u = toUser(user, null);
            Optional<String> organisation = roles.contains(Roles.PARTNER)
                    ? call(() -> keycloak.organisationsOf(u.id())).stream().map(Organisation::alias).findFirst()
                    : Optional.empty();
            return Optional.of(new PortalUser(u.username(), u.displayName(), roles, u.tenants(), organisation));
        });
    }

    @Override
    public Invitation invite(String tenantId, NewMember member) {
        String email = member.email().trim().toLowerCase(Locale.ROOT);
        Optional<User> existing = call(() -> keycloak.usersWithEmail(email)).stream().findFirst();
        if (existing.isPresent()) {
            String id = existing.get().id();
            List<String> tenants = existing.get().attribute(TENANTS);
            if (!tenants.contains(tenantId)) {
                setTenants(id, append(tenants, tenantId));
            }
            changeRole(id, member.role());
            return new Invitation(find(id).orElseThrow(), false, false);
        }
        HttpResponse<Void> created = call(() -> keycloak.createUser(new NewUser(email, email, member.firstName(),
                member.lastName(), true, List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"), Map.of(TENANTS, List.of(tenantId)))));
        String location = created.getHeaders().get("Location");
        if (location == null) {
            throw new KeycloakAdminException(502, "Keycloak created the user but did not say where");
        }
        String id = location.substring(location.lastIndexOf('/') + 1);
        changeRole(id, member.role());
        boolean emailSent = sendInvitationEmail(id);
        return new Invitation(find(id).orElseThrow(), true, emailSent);
    }

    @Override
    public void changeRole(String id, String role) {
        if (!MEMBER_ROLES.contains(role)) {
            throw new IllegalArgumentException("Not a role a membership can have: " + role);
        }
        List<Role> current = call(() -> keycloak.realmRoles(id));
        List<Role> remove = current.stream().filter(r -> MEMBER_ROLES.contains(r.name()) && !role.equals(r.name())).toList();
        if (!remove.isEmpty()) {
            call(() -> keycloak.removeRealmRoles(id, remove));
        }
        if (current.stream().noneMatch(r -> role.equals(r.name()))) {
            Role representation = call(() -> keycloak.availableRealmRoles(id)).stream()
                    .filter(r -> role.equals(r.name())).findFirst()
                    .orElseThrow(() -> new KeycloakAdminException(404, "The realm has no role " + role));
            call(() -> keycloak.addRealmRoles(id, List.of(representation)));
        }
    }

    @Override
    public void removeMembership(String id, String tenantId) {
        DirectoryUser user = find(id).orElseThrow(() -> new KeycloakAdminException(404, "No such user"));
        setTenants(id, user.tenants().stream().filter(t -> !t.equals(tenantId)).toList());
    }

    /** Writes the user back as Keycloak keeps it, with only the tenants changed (a partial update would clear fields). */
    private void setTenants(String id, List<String> tenants) {
        Map<String, Object> user = new HashMap<>(call(() -> keycloak.userAsStored(id))
                .orElseThrow(() -> new KeycloakAdminException(404, "No such user")));
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) user.getOrDefault("attributes", Map.of()));
        attributes.put(TENANTS, tenants);
        user.put("attributes", attributes);
        call(() -> keycloak.replaceUser(id, user));
    }

    private boolean sendInvitationEmail(String id) {
        try {
            call(() -> keycloak.sendActionsEmail(id, INVITATION_LIFESPAN_SECONDS, List.of("UPDATE_PASSWORD", "VERIFY_EMAIL")));
            return true;
        } catch (KeycloakAdminException noMailServer) {
            return false;
        }
    }

    /** Users whose {@code tenants} attribute holds the tenant (Keycloak's {@code q} search matches substrings too). */
    private List<User> tenantUsers(String tenantId) {
        return call(() -> keycloak.usersWith(TENANTS + ":" + tenantId)).stream()
                .filter(user -> user.attribute(TENANTS).contains(tenantId)).toList();
    }

    private Optional<User> enabledUserNamed(String username) {
        return call(() -> keycloak.usersNamed(username)).stream()
                .filter(user -> username.equalsIgnoreCase(user.username())).findFirst().filter(User::isEnabled);
    }

    private String memberRole(String id) {
        return call(() -> keycloak.realmRoles(id)).stream().map(Role::name).filter(MEMBER_ROLES::contains)
                .findFirst().orElse(null);
    }

    private static DirectoryUser toUser(User user, String role) {
        return new DirectoryUser(user.id(), user.username(), user.firstName(), user.lastName(), user.email(), role,
                user.attribute(TENANTS));
    }

    private static List<String> append(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list);
        copy.add(value);
        return copy;
    }

    /** One admin call; Keycloak's refusal or silence as a {@link KeycloakAdminException} with its status. */
    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpClientResponseException refused) {
            throw new KeycloakAdminException(refused.getStatus().getCode(), refused.getMessage());
        } catch (HttpClientException silent) {
            throw new KeycloakAdminException(503, "Keycloak does not answer: " + silent.getMessage());
        }
    }

    /** Keycloak refused or did not answer. */
    public static class KeycloakAdminException extends RuntimeException {
        final int status;

        KeycloakAdminException(int status, String message) {
            super("Keycloak admin API: HTTP " + status + ": " + message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
