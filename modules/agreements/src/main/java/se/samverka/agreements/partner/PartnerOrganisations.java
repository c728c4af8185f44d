package se.samverka.agreements.partner;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.shared.CaseWork;
import se.samverka.agreements.shared.FieldValues;
import se.samverka.agreements.shared.RecordNotFound;
import se.samverka.agreements.shared.Refusal;
import se.samverka.agreements.shared.SearchText;
import se.samverka.agreements.shared.Sight;
import se.samverka.agreements.shared.StaleRecord;
import se.samverka.platform.api.audit.AuditLog;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The tenant's register of partner organisations. Staff see all of it; a partner user sees only
 * their own organisation's record; case officers and administrators change it.
 */
@Singleton
public class PartnerOrganisations {

    static final String RECORD_TYPE = "partner-organisation";

    private final PartnerOrganisationRepository repository;
    private final CaseWork caseWork;
    private final AuditLog audit;
    private final Clock clock;

    PartnerOrganisations(PartnerOrganisationRepository repository, CaseWork caseWork, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.caseWork = caseWork;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PartnerOrganisation create(PartnerDetails input) {
        String actor = caseWork.requireChanger();
        PartnerDetails details = input.validated();
        refuseDuplicates(details, null);
        PartnerOrganisation saved = repository.save(PartnerOrganisation.create(details, clock.instant(), actor));
        audit.record("create", RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(saved.details()));
        return saved;
    }

    /**
     * Changes an organisation's details.
     *
     * @param expectedVersion the version the user edited; a newer one in the database refuses the change
     */
    @Transactional
    public PartnerOrganisation update(long id, long expectedVersion, PartnerDetails input) {
        String actor = caseWork.requireChanger();
        PartnerOrganisation current = repository.findById(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        if (!Objects.equals(current.version(), expectedVersion)) {
            throw new StaleRecord(RECORD_TYPE, id, current.updatedBy(), current.updatedAt());
        }
        PartnerDetails details = input.validated();
        refuseDuplicates(details, id);
        PartnerOrganisation updated;
        try {
            updated = repository.update(current.withDetails(details, clock.instant(), actor));
        } catch (OptimisticLockException changedMeanwhile) {
            // someone saved between our read and our write: name them, as for a stale form
            PartnerOrganisation newer = repository.findById(id).orElse(current);
            throw new StaleRecord(RECORD_TYPE, id, newer.updatedBy(), newer.updatedAt());
        }
        audit.record("update", RECORD_TYPE, String.valueOf(id), FieldValues.changes(current.details(), details));
        return updated;
    }

    /** An organisation the current user may see. */
    @Transactional(readOnly = true)
    public Optional<PartnerOrganisation> find(long id) {
        return repository.findById(id).filter(this::visible);
    }

    /** The organisations the current user may see, by name, paged in the database. */
    @Transactional(readOnly = true)
    public Page<PartnerOrganisation> search(String text, Pageable pageable) {
        Sight sight = caseWork.sight();
        if (sight instanceof Sight.Organisation own) {
            return repository.findByDirectoryAlias(own.directoryAlias(), pageable);
        }
        if (!(sight instanceof Sight.WholeTenant)) {
            return Page.empty();
        }
        String pattern = SearchText.containsPattern(text);
        return pattern == null ? repository.findAll(pageable) : repository.findByNameIlike(pattern, pageable);
    }

    /** How many organisations {@link #search} finds, for a view that pages and counts separately. */
    @Transactional(readOnly = true)
    public long count(String text) {
        Sight sight = caseWork.sight();
        if (sight instanceof Sight.Organisation own) {
            return repository.countByDirectoryAlias(own.directoryAlias());
        }
        if (!(sight instanceof Sight.WholeTenant)) {
            return 0;
        }
        String pattern = SearchText.containsPattern(text);
        return pattern == null ? repository.count() : repository.countByNameIlike(pattern);
    }

    /**
     * The current tenant's record of the organisation with this directory alias, whoever asks: the
     * module's own rules (partner access) use it to link a partner user to the tenant's record.
     */
    @Transactional(readOnly = true)
    public Optional<PartnerOrganisation> findByDirectoryAlias(String directoryAlias) {
        return directoryAlias == null ? Optional.empty() : repository.findByDirectoryAlias(directoryAlias);
    }

    private boolean visible(PartnerOrganisation organisation) {
        Sight sight = caseWork.sight();
        return sight instanceof Sight.WholeTenant
                || sight instanceof Sight.Organisation own && own.directoryAlias().equals(organisation.directoryAlias());
    }

    /** One record per organisation in a tenant: the same number or directory alias twice is a mistake. */
    private void refuseDuplicates(PartnerDetails details, Long self) {
        if (details.organisationNumber() != null) {
            repository.findByOrganisationNumber(details.organisationNumber())
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw new Refusal("agreements.partner.number-taken", details.organisationNumber(), other.name());
                    });
        }
        if (details.directoryAlias() != null) {
            repository.findByDirectoryAlias(details.directoryAlias())
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw new Refusal("agreements.partner.alias-taken", details.directoryAlias(), other.name());
                    });
        }
    }
}
