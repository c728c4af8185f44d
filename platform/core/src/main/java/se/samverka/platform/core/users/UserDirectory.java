package se.samverka.platform.core.users;

import java.util.List;
import java.util.Optional;

/**
 * Where the portal's users and their tenant memberships live: Keycloak in production, the fixed demo
 * users in the embedded default (read-only there).
 */
public interface UserDirectory {

    boolean isWritable();

    /** The members of a tenant, by username. */
    List<DirectoryUser> members(String tenantId);

    Optional<DirectoryUser> find(String id);

    /** The user with this username (what sessions, audit and notifications name people by). */
    Optional<DirectoryUser> findByUsername(String username);

    /**
     * The e-mail addresses of these users, by username, for mail about the tenant; a user without an
     * address, disabled or unknown has none. By default one look-up per user: a directory behind a
     * network overrides it with one call.
     */
    default java.util.Map<String, String> emailsOf(String tenantId, java.util.Collection<String> usernames) {
        java.util.Map<String, String> emails = new java.util.HashMap<>();
        for (String username : usernames) {
            findByUsername(username).map(DirectoryUser::email).filter(e -> e != null && !e.isBlank())
                    .ifPresent(e -> emails.put(username, e));
        }
        return emails;
    }

    /** The partner users of the organisation (its directory alias) who are members of the tenant. */
    List<DirectoryUser> organisationMembers(String tenantId, String organisationAlias);

    /** {@link #organisationMembers} for many organisations at once, by alias (every alias asked for is a key). */
    default java.util.Map<String, List<DirectoryUser>> organisationMembers(String tenantId,
                                                                       java.util.Collection<String> organisationAliases) {
        java.util.Map<String, List<DirectoryUser>> members = new java.util.HashMap<>();
        for (String alias : organisationAliases) {
            members.computeIfAbsent(alias, a -> organisationMembers(tenantId, a));
        }
        return members;
    }

    /**
     * Who the user is now: roles, tenants, organisation, as a new session would carry them. For work
     * done for a user without their session (the calendar feed), so that a removed membership counts at once.
     */
    Optional<se.samverka.platform.api.security.CurrentUser.PortalUser> identity(String username);

    /**
     * Makes the person a member of the tenant with the role: an existing user (same username or
     * e-mail) gets the membership, otherwise a new user is created and asked to set a password.
     *
     * @return the user and whether Keycloak sent the invitation e-mail
     */
    Invitation invite(String tenantId, NewMember member);

    void changeRole(String id, String role);

    void removeMembership(String id, String tenantId);

    /** The result of an invitation. */
    @io.micronaut.serde.annotation.Serdeable
    record Invitation(DirectoryUser user, boolean created, boolean emailSent) {
    }

    /** Who to invite. */
    record NewMember(String email, String firstName, String lastName, String role) {
    }
}
