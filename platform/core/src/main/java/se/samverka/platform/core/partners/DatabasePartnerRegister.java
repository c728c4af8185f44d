package se.samverka.platform.core.partners;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.data.SearchText;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The register in the shared database; audited as {@code partner-organisation}. */
@Singleton
public class DatabasePartnerRegister implements PartnerRegister {

    static final String RECORD_TYPE = "partner-organisation";

    private final PartnerRowRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    DatabasePartnerRegister(PartnerRowRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PartnerOrganisation create(PartnerDetails input) {
        String actor = currentUser.requireChanger();
        PartnerDetails details = input.validated();
        refuseDuplicates(details, null);
        PartnerRow saved = unique(details, () -> repository.save(PartnerRow.create(details, clock.instant(), actor)));
        audit.record("create", RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(details));
        return saved.toPartner();
    }

    @Override
    @Transactional
    public PartnerOrganisation update(long id, long expectedVersion, PartnerDetails input) {
        String actor = currentUser.requireChanger();
        PartnerOrganisation current = Records.atVersion(RECORD_LABEL, id, repository.findById(id).map(PartnerRow::toPartner),
                expectedVersion);
        PartnerDetails details = input.validated();
        refuseDuplicates(details, id);
        PartnerRow row = repository.findById(id).orElseThrow();
        PartnerOrganisation updated = Records.write(RECORD_LABEL, id,
                () -> unique(details, () -> repository.update(row.withDetails(details, clock.instant(), actor))).toPartner(),
                () -> repository.findById(id).map(PartnerRow::toPartner));
        audit.record("update", RECORD_TYPE, String.valueOf(id), FieldValues.changes(current.details(), details));
        return updated;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerOrganisation> find(long id) {
        return repository.findById(id).map(PartnerRow::toPartner).filter(this::visible);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerOrganisation> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findByIdIn(ids).stream().map(PartnerRow::toPartner).filter(this::visible).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PartnerOrganisation> search(String text, Pageable pageable) {
        Sight sight = currentUser.sight();
        if (sight instanceof Sight.Organisation own) {
            return repository.findByDirectoryAlias(own.directoryAlias(), pageable).map(PartnerRow::toPartner);
        }
        if (!(sight instanceof Sight.WholeTenant)) {
            return Page.empty();
        }
        String pattern = SearchText.containsPattern(text);
        return (pattern == null ? repository.findAll(pageable) : repository.findByNameIlike(pattern, pageable))
                .map(PartnerRow::toPartner);
    }

    @Override
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

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerOrganisation> findByDirectoryAlias(String directoryAlias) {
        return directoryAlias == null ? Optional.empty() : repository.findByDirectoryAlias(directoryAlias).map(PartnerRow::toPartner);
    }

    private boolean visible(PartnerOrganisation organisation) {
        Sight sight = currentUser.sight();
        return sight instanceof Sight.WholeTenant
                || sight instanceof Sight.Organisation own && own.directoryAlias().equals(organisation.directoryAlias());
    }

    /**
     * A write that two users made at once with the same number or alias: the unique index decides, and
     * the loser is told the same as if the other record had been there before.
     */
    private PartnerRow unique(PartnerDetails details, java.util.function.Supplier<PartnerRow> write) {
        try {
            return write.get();
        } catch (io.micronaut.data.exceptions.DataAccessException raced) {
            String message = String.valueOf(raced.getMessage()) + " " + (raced.getCause() == null ? "" : raced.getCause().getMessage());
            String lower = message.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("ux_partner_alias")) {
                throw new Refusal("partners.alias-taken", details.directoryAlias(), details.name()).at("directoryAlias");
            }
            if (lower.contains("ux_partner_number")) {
                throw new Refusal("partners.number-taken", details.organisationNumber(), details.name()).at("organisationNumber");
            }
            throw raced;
        }
    }

    /** One record per organisation in a tenant: the same number or directory alias twice is a mistake. */
    private void refuseDuplicates(PartnerDetails details, Long self) {
        if (details.organisationNumber() != null) {
            repository.findByOrganisationNumber(details.organisationNumber())
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw new Refusal("partners.number-taken", details.organisationNumber(), other.name()).at("organisationNumber");
                    });
        }
        if (details.directoryAlias() != null) {
            repository.findByDirectoryAlias(details.directoryAlias())
                    .filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw new Refusal("partners.alias-taken", details.directoryAlias(), other.name()).at("directoryAlias");
                    });
        }
    }
}
