package se.samverka.platform.api.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of the current tenant, from the platform's user directory (Keycloak in production,
 * the demo users in the embedded default): whom a module tells about something.
 */
public interface People {

    /** Members of the current tenant who have the role (see {@code Roles}). */
    List<Person> withRole(String role);

    /** Partner users of the organisation (its directory alias) who are members of the current tenant. */
    List<Person> ofOrganisation(String organisationAlias);

    /** {@link #ofOrganisation} for many organisations at once (jobs over many agreements): by alias. */
    default Map<String, List<Person>> ofOrganisations(Collection<String> organisationAliases) {
        Map<String, List<Person>> members = new HashMap<>();
        for (String alias : organisationAliases) {
            members.computeIfAbsent(alias, this::ofOrganisation);
        }
        return members;
    }
}
