package se.samverka.platform.core.testing;

import io.micronaut.data.repository.CrudRepository;
import se.samverka.platform.core.tenant.TenantContext;

import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What tenant isolation means for a repository: from tenant B, tenant A's record cannot be found,
 * listed, counted, updated or deleted; afterwards it is in A exactly as it was.
 */
public final class TenantIsolation {

    private TenantIsolation() {
    }

    /**
     * @param change how an attacker in B would change the record (the result keeps A's id)
     */
    public static <E> void assertIsolated(CrudRepository<E, Long> repository, long id, Function<E, Long> idOf,
                                          String owner, String other, UnaryOperator<E> change) {
        E original = TenantContext.callAs(owner, () -> repository.findById(id)).orElseThrow();

        TenantContext.callAs(other, () -> {
            assertThat(repository.findById(id)).as("found from another tenant").isEmpty();
            assertThat(repository.existsById(id)).isFalse();
            assertThat(repository.findAll()).extracting(idOf).as("listed in another tenant").doesNotContain(id);
            ignoreRefusal(() -> repository.update(change.apply(original)));
            ignoreRefusal(() -> repository.deleteById(id));
            ignoreRefusal(() -> repository.delete(original));
            return null;
        });

        assertThat(TenantContext.callAs(owner, () -> repository.findById(id))).as("unchanged in its own tenant")
                .contains(original);
    }

    /** Refusing is as good as ignoring: what matters is the record afterwards. */
    private static void ignoreRefusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (RuntimeException refused) {
            // e.g. the platform's tenant guard, or an optimistic lock that found no row
        }
    }
}
