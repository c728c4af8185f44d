package se.samverka.agreements.demo;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.security.DemoUserSource.DemoUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.security.PartnerDemoUsers;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerDemoUsersTest {

    @Test
    void everyDemoPartnerOrganisationHasAPartnerUserInTheTenantsWhereItIsAParty() {
        Map<String, List<String>> partyTenants = DemoCatalogue.byTenant().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(a -> Map.entry(a.partner().directoryAlias(), e.getKey())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

        List<DemoUser> users = new PartnerDemoUsers().demoUsers();

        assertThat(users).extracting(u -> u.organisation().orElseThrow()).containsExactlyInAnyOrderElementsOf(partyTenants.keySet());
        assertThat(users).allSatisfy(u -> {
            assertThat(u.username()).isEqualTo("partner." + u.organisation().orElseThrow());
            assertThat(u.roles()).containsExactly(Roles.PARTNER);
            assertThat(u.tenants()).containsExactlyElementsOf(partyTenants.get(u.organisation().orElseThrow()));
        });
    }
}
