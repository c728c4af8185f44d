package se.samverka.platform.core.users;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.security.PortalSessions;
import se.samverka.platform.core.tenant.TenantAdministration;
import se.samverka.platform.core.tenant.TenantContext;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tenant's user administration: its administrators (or a platform administrator) see the members,
 * invite people with a role, change a member's role and end memberships. Every change is audited in
 * the tenant. The view and the REST API both go through here.
 */
@Singleton
public class TenantUsers {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserDirectory directory;
    private final TenantAdministration administration;
    private final AuditLog audit;
    private final PortalSessions sessions;

    TenantUsers(UserDirectory directory, TenantAdministration administration, AuditLog audit, PortalSessions sessions) {
        this.directory = directory;
        this.administration = administration;
        this.audit = audit;
        this.sessions = sessions;
    }

    public boolean isWritable() {
        return directory.isWritable();
    }

    /** The roles an administrator can give. */
    public List<String> grantableRoles() {
        return List.of(Roles.TENANT_ADMIN, Roles.CASE_OFFICER, Roles.READER);
    }

    public List<DirectoryUser> members(PortalUser actor, String tenantId) {
        permit(actor, tenantId);
        return directory.members(tenantId);
    }

    @Transactional
    public UserDirectory.Invitation invite(PortalUser actor, String tenantId, UserDirectory.NewMember member) {
        permit(actor, tenantId);
        validate(member);
        UserDirectory.Invitation invitation = directory.invite(tenantId, member);
        sessions.rolesChanged(invitation.user().username()); // an existing user may have got another role
        auditIn(tenantId, "user.invite", invitation.user().id(), Map.of(
                "email", new AuditLog.Change(null, member.email()),
                "role", new AuditLog.Change(null, member.role()),
                "created", new AuditLog.Change(null, invitation.created())));
        return invitation;
    }

    @Transactional
    public void changeRole(PortalUser actor, String tenantId, String userId, String role) {
        permit(actor, tenantId);
        if (!grantableRoles().contains(role)) {
            throw new Refusal("users.error.role").at("role");
        }
        DirectoryUser user = member(tenantId, userId);
        if (user.tenants().size() > 1 && !actor.hasRole(Roles.PLATFORM_ADMIN)) {
            // the role is a realm role: it would change the user's role in the other tenants too
            throw new Refusal("users.error.otherTenants").at("role");
        }
        directory.changeRole(userId, role);
        sessions.rolesChanged(user.username()); // the user's open sessions read the new role at their next request
        auditIn(tenantId, "user.role", userId, Map.of("role", new AuditLog.Change(user.role(), role)));
    }

    @Transactional
    public void removeMembership(PortalUser actor, String tenantId, String userId) {
        permit(actor, tenantId);
        DirectoryUser user = member(tenantId, userId);
        if (user.username().equals(actor.username())) {
            throw new Refusal("users.error.self");
        }
        directory.removeMembership(userId, tenantId);
        sessions.rolesChanged(user.username());
        auditIn(tenantId, "user.remove", userId, Map.of("tenant", new AuditLog.Change(tenantId, null),
                "username", new AuditLog.Change(user.username(), null)));
    }

    private DirectoryUser member(String tenantId, String userId) {
        return directory.find(userId).filter(u -> u.tenants().contains(tenantId))
                .orElseThrow(() -> new RecordNotFound("record.user", userId));
    }

    private void permit(PortalUser actor, String tenantId) {
        administration.requireAdministrator(actor, tenantId);
    }

    private void validate(UserDirectory.NewMember member) {
        if (member.email() == null || !EMAIL.matcher(member.email().trim()).matches()) {
            throw new Refusal("users.error.email").at("email");
        }
        if (member.firstName() == null || member.firstName().isBlank() || member.lastName() == null || member.lastName().isBlank()) {
            throw new Refusal("users.error.name").at(member.firstName() == null || member.firstName().isBlank() ? "firstName" : "lastName");
        }
        if (!grantableRoles().contains(member.role())) {
            throw new Refusal("users.error.role").at("role");
        }
    }

    private void auditIn(String tenantId, String action, String userId, Map<String, AuditLog.Change> changes) {
        TenantContext.callAs(tenantId, () -> {
            audit.record(action, "user", userId, changes);
            return null;
        });
    }
}
