package se.samverka.agreements.partner;

import se.samverka.platform.api.data.Records;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.SearchText;
import se.samverka.platform.api.security.Sight;
import se.samverka.platform.api.audit.AuditLog;

import java.time.Clock;
import java.util.Optional;

/**
 * The tenant's register of partner organisations. Staff see all of it; a partner user sees only
 * their own organisation's record; case officers and administrators change it.
 */
@Singleton
public class PartnerOrganisations {

    static final String RECORD_TYPE = "partner-organisation";
    static final String RECORD_LABEL = "agreements.record." + RECORD_TYPE;

    private final PartnerOrganisationRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    PartnerOrganisations(PartnerOrganisationRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PartnerOrganisation create(PartnerDetails input) {
        String actor = currentUser.requireChanger();
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
        String actor = currentUser.requireChanger();
        PartnerOrganisation current = Records.atVersion(RECORD_LABEL, id, repository.findById(id), expectedVersion);
        PartnerDetails details = input.validated();
        refuseDuplicates(details, id);
        PartnerOrganisation updated = Records.write(RECORD_LABEL, id,
                () -> repository.update(current.withDetails(details, clock.instant(), actor)), () -> repository.findById(id));
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
        Sight sight = currentUser.sight();
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
        Sight sight = currentUser.sight();
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
        Sight sight = currentUser.sight();
        return sight instanceof Sight.WholeTenant
                || sight instanceof Sight.Organisation own && own.directoryAlias().equals(organisation.directoryAlias());
    }

    /** One record per organisation in a tenant: the same number or directory alias twice is a mistake. */
    private void refuseDuplicates(PartnerDetails details, Long self) {
        if (details.organisationNumber() != null) {
            repository.findByOrganisationNumber(details.organisationNumber())
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw new Refusal("agreements.partner.number-taken", details.organisationNumber(), other.name()).at("organisationNumber");
                    });
        }
        if (details.directoryAlias() != null) {
            repository.findByDirectoryAlias(details.directoryAlias())
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw new Refusal("agreements.partner.alias-taken", details.directoryAlias(), other.name()).at("directoryAlias");
                    });
        }
    }
}
