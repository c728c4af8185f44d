package se.samverka.platform.api.people;

import java.util.List;

/**
 * The people of the current tenant, from the platform's user directory (Keycloak in production,
 * the demo users in the embedded default): whom a module tells about something.
 */
public interface People {

    /** Members of the current tenant who have the role (see {@code Roles}). */
    List<Person> withRole(String role);

    /** Partner users of the organisation (its directory alias) who are members of the current tenant. */
    List<Person> ofOrganisation(String organisationAlias);
}
