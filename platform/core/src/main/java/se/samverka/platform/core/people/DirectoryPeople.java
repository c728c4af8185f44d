package se.samverka.platform.core.people;

import jakarta.inject.Singleton;
import se.samverka.platform.api.people.People;
import se.samverka.platform.api.people.Person;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.core.users.DirectoryUser;
import se.samverka.platform.core.users.UserDirectory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link People} from the platform's user directory, always within the current tenant. */
@Singleton
public class DirectoryPeople implements People {

    private final UserDirectory directory;
    private final CurrentTenant currentTenant;

    DirectoryPeople(UserDirectory directory, CurrentTenant currentTenant) {
        this.directory = directory;
        this.currentTenant = currentTenant;
    }

    @Override
    public List<Person> withRole(String role) {
        return directory.members(currentTenant.require()).stream().filter(u -> role.equals(u.role()))
                .map(DirectoryPeople::toPerson).toList();
    }

    @Override
    public List<Person> ofOrganisation(String organisationAlias) {
        return directory.organisationMembers(currentTenant.require(), organisationAlias).stream()
                .map(DirectoryPeople::toPerson).toList();
    }

    @Override
    public Map<String, List<Person>> ofOrganisations(Collection<String> organisationAliases) {
        Map<String, List<Person>> people = new HashMap<>();
        directory.organisationMembers(currentTenant.require(), organisationAliases)
                .forEach((alias, users) -> people.put(alias, users.stream().map(DirectoryPeople::toPerson).toList()));
        return people;
    }

    private static Person toPerson(DirectoryUser user) {
        return new Person(user.username(), user.displayName(), Optional.ofNullable(user.email()));
    }
}
