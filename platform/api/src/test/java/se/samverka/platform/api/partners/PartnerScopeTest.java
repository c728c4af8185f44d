package se.samverka.platform.api.partners;

import org.junit.jupiter.api.Test;
import se.samverka.platform.api.security.Sight;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerScopeTest {

    /** A register that knows one organisation, "junis", as record 7. */
    static final PartnerRegister REGISTER = (PartnerRegister) Proxy.newProxyInstance(PartnerScopeTest.class.getClassLoader(),
            new Class<?>[]{PartnerRegister.class}, (proxy, method, args) -> {
                if (method.getName().equals("findByDirectoryAlias")) {
                    return "junis".equals(args[0]) ? Optional.of(new PartnerOrganisation(7L, "Junis", null,
                            PartnerKind.NON_PROFIT_ASSOCIATION, null, "junis", null, null, null, null,
                            Instant.EPOCH, "x", Instant.EPOCH, "x", 0L)) : Optional.empty();
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void staffSeeEverythingAPartnerItsOrganisationAndAnUnknownOrganisationNothing() {
        PartnerScope staff = PartnerScope.of(new Sight.WholeTenant(), REGISTER);
        assertThat(staff.includes(7L)).isTrue();
        assertThat(staff.includes(null)).as("the tenant's own").isTrue();
        assertThat(staff.narrowedTo()).isEmpty();

        PartnerScope junis = PartnerScope.of(new Sight.Organisation("junis"), REGISTER);
        assertThat(junis.includes(7L)).isTrue();
        assertThat(junis.includes(8L)).isFalse();
        assertThat(junis.includes(null)).isFalse();
        assertThat(junis.narrowedTo()).contains(7L);

        assertThat(PartnerScope.of(new Sight.Organisation("varsol"), REGISTER).isNothing()).isTrue();
        assertThat(PartnerScope.of(new Sight.Nothing(), REGISTER).includes(7L)).isFalse();
    }
}
