package se.samverka.platform.core.security;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.DemoUserSource;
import se.samverka.platform.api.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The partner users of the demo organisations, as in the Keycloak realm: each is a member of the tenant
 * where its organisation works with the demo data (party to an agreement, runs a programme of groups), and
 * carries the organisation's directory alias. The people are invented. The platform's, since the demo
 * organisations are the partner register's, which every module shares.
 */
@Singleton
@Requires(property = "samverka.demo-users.enabled", value = "true")
public class PartnerDemoUsers implements DemoUserSource {

    @Override
    public List<DemoUser> demoUsers() {
        return List.of(
                partner("junis", "Linnea Karlsson (demo, Junis)", "orust"),
                partner("varsol", "Anders Lundgren (demo, Vårsol)", "region-jonkoping"),
                partner("origo", "Maja Ek (demo, Origo Resurs)", "region-jonkoping"),
                partner("ericastiftelsen", "Sofia Berg (demo, Ericastiftelsen)", "region-stockholm"));
    }

    private static DemoUser partner(String alias, String name, String tenant) {
        return new DemoUser("partner." + alias, name, Set.of(Roles.PARTNER), List.of(tenant), Optional.of(alias));
    }
}
