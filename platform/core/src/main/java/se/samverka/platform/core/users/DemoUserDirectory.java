package se.samverka.platform.core.users;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.security.DemoUsers;

import java.util.List;
import java.util.Optional;

/** The embedded default: the demo users, shown but not changeable (they come from the tenant files). */
@Singleton
@Requires(property = "samverka.oidc.enabled", notEquals = "true")
public class DemoUserDirectory implements UserDirectory {

    private final DemoUsers demoUsers;

    DemoUserDirectory(DemoUsers demoUsers) {
        this.demoUsers = demoUsers;
    }

    @Override
    public boolean isWritable() {
        return false;
    }

    @Override
    public List<DirectoryUser> members(String tenantId) {
        return demoUsers.all().values().stream().filter(u -> u.tenants().contains(tenantId)).map(DemoUserDirectory::toUser).toList();
    }

    @Override
    public Optional<DirectoryUser> find(String id) {
        return demoUsers.find(id).map(DemoUserDirectory::toUser);
    }

    @Override
    public Optional<DirectoryUser> findByUsername(String username) {
        return find(username);
    }

    @Override
    public List<DirectoryUser> organisationMembers(String tenantId, String organisationAlias) {
        return demoUsers.all().values().stream()
                .filter(u -> u.tenants().contains(tenantId) && u.roles().contains(Roles.PARTNER)
                        && u.organisation().filter(organisationAlias::equals).isPresent())
                .map(DemoUserDirectory::toUser).toList();
    }

    /** One pass over the demo users, however many organisations. */
    @Override
    public java.util.Map<String, List<DirectoryUser>> organisationMembers(String tenantId,
                                                                      java.util.Collection<String> organisationAliases) {
        java.util.Map<String, List<DirectoryUser>> members = new java.util.HashMap<>();
        organisationAliases.forEach(alias -> members.put(alias, new java.util.ArrayList<>()));
        for (DemoUsers.DemoUser u : demoUsers.all().values()) {
            if (u.tenants().contains(tenantId) && u.roles().contains(Roles.PARTNER) && u.organisation().isPresent()) {
                List<DirectoryUser> of = members.get(u.organisation().get());
                if (of != null) {
                    of.add(toUser(u));
                }
            }
        }
        return members;
    }

    @Override
    public Optional<PortalUser> identity(String username) {
        return demoUsers.find(username).map(u -> new PortalUser(u.username(), u.displayName(), u.roles(), u.tenants(),
                u.organisation()));
    }

    /** Demo users have no real mailbox: an address in the reserved {@code .example} domain shows where mail would go. */
    static String demoEmail(String username) {
        return username + "@demo.samverka.example";
    }

    private static DirectoryUser toUser(DemoUsers.DemoUser u) {
        return new DirectoryUser(u.username(), u.username(), u.displayName(), null, demoEmail(u.username()),
                u.roles().stream().findFirst().orElse(null), u.tenants());
    }

    @Override
    public Invitation invite(String tenantId, NewMember member) {
        throw new ReadOnlyDirectoryException();
    }

    @Override
    public void changeRole(String id, String role) {
        throw new ReadOnlyDirectoryException();
    }

    @Override
    public void removeMembership(String id, String tenantId) {
        throw new ReadOnlyDirectoryException();
    }

    /** The demo users cannot be changed. */
    public static class ReadOnlyDirectoryException extends RuntimeException {
        public ReadOnlyDirectoryException() {
            super("The embedded default's demo users cannot be changed; users are managed in Keycloak in production");
        }
    }
}
