package se.samverka.platform.api.partners;

import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.security.Sight;

import java.util.Optional;

/**
 * A caller's {@link Sight} as a module's queries take it: every record of the tenant (staff, system work),
 * the records of one partner organisation of the tenant's register (a partner user: the register's record
 * of their organisation), or none (a partner user whose organisation the tenant does not know).
 */
public record PartnerScope(boolean everything, @Nullable Long partnerId) {

    public static final PartnerScope EVERYTHING = new PartnerScope(true, null);
    public static final PartnerScope NOTHING = new PartnerScope(false, null);

    /** The scope of a sight in the current tenant, looked up in its register. */
    public static PartnerScope of(Sight sight, PartnerRegister register) {
        if (sight instanceof Sight.WholeTenant) {
            return EVERYTHING;
        }
        if (sight instanceof Sight.Organisation own) {
            return register.findByDirectoryAlias(own.directoryAlias()).map(p -> new PartnerScope(false, p.id()))
                    .orElse(NOTHING);
        }
        return NOTHING;
    }

    public boolean isNothing() {
        return !everything && partnerId == null;
    }

    /** Whether a record of this partner (null: the tenant's own) is in scope. */
    public boolean includes(@Nullable Long recordPartnerId) {
        return everything || partnerId != null && partnerId.equals(recordPartnerId);
    }

    /** The partner a query is narrowed to, if it is: none for everything. */
    public Optional<Long> narrowedTo() {
        return Optional.ofNullable(partnerId);
    }
}
