package se.samverka.groups.programme;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.data.SearchText;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.partners.PartnerScope;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tenant's programmes. Case officers and administrators create and change them; staff see all of them;
 * a partner user sees the programmes their organisation runs (its provider), and nothing else.
 */
@Singleton
public class Programmes {

    private final ProgrammeRepository programmes;
    private final PartnerRegister partners;
    private final RecordDirectory records;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final AuditLog audit;
    private final Clock clock;

    Programmes(ProgrammeRepository programmes, PartnerRegister partners, RecordDirectory records, CurrentUser currentUser,
               CurrentTenant tenant, AuditLog audit, Clock clock) {
        this.programmes = programmes;
        this.partners = partners;
        this.records = records;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Programme create(ProgrammeDetails input) {
        String actor = currentUser.requireChanger();
        ProgrammeDetails details = checked(input, null);
        Programme saved = programmes.save(Programme.create(details, clock.instant(), actor));
        audit.record("create", Programme.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(details));
        return saved;
    }

    @Transactional
    public Programme update(long id, Long expectedVersion, ProgrammeDetails input) {
        // what the caller may not see is not there (404) before their role is asked (403)
        Programme current = Records.atVersion(Programme.RECORD_LABEL, id, find(id), expectedVersion);
        String actor = currentUser.requireChanger();
        ProgrammeDetails details = checked(input, current);
        Programme updated = Records.write(Programme.RECORD_LABEL, id,
                () -> programmes.update(current.with(details, clock.instant(), actor)), () -> programmes.findById(id));
        audit.record("update", Programme.RECORD_TYPE, String.valueOf(id), FieldValues.changes(current.details(), details));
        return updated;
    }

    /** The programme, if it is in the tenant and the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<Programme> find(long id) {
        PartnerScope scope = scope();
        return programmes.findById(id).filter(p -> scope.includes(p.providerPartnerId()));
    }

    /** The programme, or the refusal that it is not there for the current user (404 over HTTP). */
    public Programme require(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound(Programme.RECORD_LABEL, id));
    }

    /** A page of the programmes the current user may see, paged and counted in the database. */
    @Transactional(readOnly = true)
    public Page<Programme> search(ProgrammeSearch search, Pageable pageable) {
        return within(search).map(provider -> programmes.search(tenant.require(), provider.orElse(null),
                SearchText.containsPattern(search.text()), pageable)).orElse(Page.empty());
    }

    /** How many programmes {@link #search} finds, counted in the database. */
    @Transactional(readOnly = true)
    public long count(ProgrammeSearch search) {
        return within(search).map(provider -> programmes.count(tenant.require(), provider.orElse(null),
                SearchText.containsPattern(search.text()))).orElse(0L);
    }

    /** The provider the query is narrowed to (none: all), or nothing at all when the caller sees none of it. */
    private Optional<Optional<Long>> within(ProgrammeSearch search) {
        PartnerScope scope = scope();
        Long provider = search.providerPartnerId();
        if (scope.isNothing() || scope.narrowedTo().isPresent() && provider != null && !scope.narrowedTo().get().equals(provider)) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(scope.narrowedTo().orElse(provider)));
    }

    /** The programmes run under an agreement (a record reference), the ones the current user may see. */
    @Transactional(readOnly = true)
    public List<Programme> runUnder(String agreementReference) {
        PartnerScope scope = scope();
        return programmes.findByAgreementRef(agreementReference).stream()
                .filter(p -> scope.includes(p.providerPartnerId())).toList();
    }

    /** The names of the programmes' providers by id, in one query; the tenant's own programmes have none. */
    @Transactional(readOnly = true)
    public Map<Long, String> providerNames(Collection<Programme> shown) {
        List<Long> ids = shown.stream().map(Programme::providerPartnerId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : programmes.providerNames(tenant.require(), ids).stream()
                .collect(Collectors.toMap(ProviderName::id, ProviderName::name));
    }

    /** What the current user may see: everything, their organisation's programmes, or nothing. */
    public PartnerScope scope() {
        return PartnerScope.of(currentUser.sight(), partners);
    }

    /** @param current the programme as it is, when it is being changed (null when created) */
    private ProgrammeDetails checked(ProgrammeDetails input, Programme current) {
        Long id = current == null ? null : current.id();
        ProgrammeDetails details = input.validated();
        if (details.providerPartnerId() != null && partners.find(details.providerPartnerId()).isEmpty()) {
            throw new Refusal("groups.programme.provider-unknown").at("providerPartnerId");
        }
        if (details.agreement() != null) {
            // a link must name an agreement the officer can see in this tenant, as the directory resolves it
            boolean unchanged = current != null && details.agreement().equals(current.agreementRef());
            if (!unchanged && records.resolve(RecordReference.parse(details.agreement())
                    .orElseThrow()).isEmpty()) {
                throw new Refusal("groups.programme.agreement-unknown").at("agreement");
            }
        }
        programmes.findByName(details.name()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new Refusal("groups.programme.name-taken", details.name()).at("name");
        });
        return details;
    }
}
