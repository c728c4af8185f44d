package se.samverka.testmodules.alpha;

import jakarta.inject.Singleton;
import se.samverka.platform.api.security.DemoUserSource;
import se.samverka.platform.api.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The test module's partner demo user, to prove modules can bring demo users. */
@Singleton
public class AlphaDemoUsers implements DemoUserSource {

    @Override
    public List<DemoUser> demoUsers() {
        return List.of(new DemoUser("partner.alpha", "Partner Alfa", Set.of(Roles.PARTNER), List.of("tenant-a", "no-such-tenant"),
                Optional.of("alpha-org")));
    }
}
