package se.samverka.platform.api.partners;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's register of partner organisations, shared by every module. Staff see all of it; a
 * partner user sees only their own organisation's record; case officers and administrators change it
 * (every change audited, optimistic locking as everywhere). Modules' queries may join its table
 * {@code partner_organisation} read-only (naming {@code tenant_id}), e.g. to match parties by name.
 */
public interface PartnerRegister {

    /** The message key of the record type's name. */
    String RECORD_LABEL = "record.partner-organisation";

    PartnerOrganisation create(PartnerDetails details);

    /**
     * @param expectedVersion the version the user edited; a newer one in the database refuses the change
     */
    PartnerOrganisation update(long id, long expectedVersion, PartnerDetails details);

    /** An organisation the current user may see. */
    Optional<PartnerOrganisation> find(long id);

    /** The organisations of these ids the current user may see, in one query (a page of records names its partners). */
    List<PartnerOrganisation> findAll(Collection<Long> ids);

    /** The organisations the current user may see whose name contains the text (all for none), paged in the database. */
    Page<PartnerOrganisation> search(String text, Pageable pageable);

    /** How many organisations {@link #search} finds. */
    long count(String text);

    /**
     * The current tenant's record of the organisation with this directory alias, whoever asks: a module's
     * own rules (which records a partner user may see) use it to link the user to the tenant's record.
     */
    Optional<PartnerOrganisation> findByDirectoryAlias(String directoryAlias);
}
