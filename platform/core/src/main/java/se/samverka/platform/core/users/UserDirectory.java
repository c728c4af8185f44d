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
