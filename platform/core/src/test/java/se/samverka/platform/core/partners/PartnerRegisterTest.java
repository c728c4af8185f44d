package se.samverka.platform.core.partners;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.security.UserContext;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.testkit.PortalExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The platform's partner register on the real database: sight, roles, tenants, and racing duplicates. */
class PartnerRegisterTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);
    static PartnerRegister register;
    static final AtomicInteger NEXT = new AtomicInteger();

    @BeforeAll
    static void start() {
        register = portal.bean(PartnerRegister.class);
    }

    static <T> T as(String role, String tenant, String organisation, Supplier<T> work) {
        UserContext.set(new PortalUser(role + "." + tenant, role, Set.of(role), List.of(tenant), Optional.ofNullable(organisation)));
        try {
            return TenantContext.callAs(tenant, work);
        } finally {
            UserContext.clear();
        }
    }

    static PartnerDetails details(String name, String alias) {
        return new PartnerDetails(name, null, PartnerKind.NON_PROFIT_ASSOCIATION, null, alias, null, null, null, null);
    }

    static String alias() {
        return "org-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    @Test
    void anotherTenantsRecordIsNotFoundAndCannotBeChanged() {
        PartnerOrganisation inA = as(Roles.CASE_OFFICER, "tenant-a", null, () -> register.create(details("Bara i A", alias())));

        assertThat(as(Roles.CASE_OFFICER, "tenant-b", null, () -> register.find(inA.id()))).isEmpty();
        assertThat(as(Roles.CASE_OFFICER, "tenant-b", null, () -> register.search("Bara i A", Pageable.from(0, 20)).getContent())).isEmpty();
        assertThat(as(Roles.CASE_OFFICER, "tenant-b", null, () -> register.findByDirectoryAlias(inA.directoryAlias()))).isEmpty();
        assertThatThrownBy(() -> as(Roles.CASE_OFFICER, "tenant-b", null,
                () -> register.update(inA.id(), inA.version(), details("Kapad", null)))).isInstanceOf(RecordNotFound.class);
        assertThat(as(Roles.READER, "tenant-a", null, () -> register.find(inA.id())).orElseThrow().name()).isEqualTo("Bara i A");
    }

    @Test
    void readersSeeButDoNotChangeAndAPartnerUserSeesOnlyTheirOwnOrganisation() {
        String own = alias();
        PartnerOrganisation junis = as(Roles.CASE_OFFICER, "tenant-a", null, () -> register.create(details("Junis", own)));
        PartnerOrganisation other = as(Roles.CASE_OFFICER, "tenant-a", null, () -> register.create(details("Annan förening", alias())));

        assertThatThrownBy(() -> as(Roles.READER, "tenant-a", null, () -> register.create(details("Läsarens", null))))
                .isInstanceOf(NotPermitted.class);
        assertThat(as(Roles.PARTNER, "tenant-a", own, () -> register.find(junis.id()))).isPresent();
        assertThat(as(Roles.PARTNER, "tenant-a", own, () -> register.find(other.id()))).isEmpty();
        assertThat(as(Roles.PARTNER, "tenant-a", own, () -> register.search(null, Pageable.from(0, 20)).getContent()))
                .extracting(PartnerOrganisation::id).containsExactly(junis.id());
        assertThat(as(Roles.PARTNER, "tenant-a", own, () -> register.count(null))).isEqualTo(1);
    }

    @Test
    void tenParallelRegistrationsOfOneOrganisationStoreOneAndTellTheOthersWhy() throws Exception {
        String alias = alias();
        int users = 10;
        CyclicBarrier start = new CyclicBarrier(users);
        ExecutorService threads = Executors.newFixedThreadPool(users);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < users; i++) {
                String name = "Samma förening " + i;
                Callable<Object> create = () -> {
                    start.await();
                    try {
                        return as(Roles.CASE_OFFICER, "tenant-b", null, () -> register.create(details(name, alias)));
                    } catch (Refusal refused) {
                        return refused;
                    }
                };
                outcomes.add(threads.submit(create));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn(PartnerOrganisation.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(Refusal.class::isInstance).hasSize(users - 1)
                    .allSatisfy(r -> {
                        assertThat(((Refusal) r).messageKey()).isEqualTo("partners.alias-taken");
                        assertThat(((Refusal) r).field()).contains("directoryAlias");
                    });
        } finally {
            threads.shutdownNow();
        }
    }
}
