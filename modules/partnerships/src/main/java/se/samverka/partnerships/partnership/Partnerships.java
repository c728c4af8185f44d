package se.samverka.partnerships.partnership;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.partnerships.country.EligibleCountries;
import se.samverka.partnerships.country.EligibleCountry;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.data.SearchText;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tenant's partnerships. Case officers and administrators create and change them; the tenant's staff see
 * them; partner users see none (the foreign side is a party, without a login). A partnership must start in a
 * country on ICLD's list on its start date; its foreign parties are foreign local governments of the register.
 */
@Singleton
public class Partnerships {

    private final PartnershipRepository partnerships;
    private final PartnerRegister partners;
    private final EligibleCountries countries;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final AuditLog audit;
    private final Clock clock;

    Partnerships(PartnershipRepository partnerships, PartnerRegister partners, EligibleCountries countries,
                 CurrentUser currentUser, CurrentTenant tenant, AuditLog audit, Clock clock) {
        this.partnerships = partnerships;
        this.partners = partners;
        this.countries = countries;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Partnership create(PartnershipDetails input) {
        String actor = currentUser.requireChanger();
        PartnershipDetails details = checked(input, null);
        Partnership saved = partnerships.save(Partnership.create(details, clock.instant(), actor));
        audit.record("create", Partnership.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(details));
        return saved;
    }

    @Transactional
    public Partnership update(long id, Long expectedVersion, PartnershipDetails input) {
        // what the caller may not see is not there (404) before their role is asked (403)
        Partnership current = Records.atVersion(Partnership.RECORD_LABEL, id, find(id), expectedVersion);
        String actor = currentUser.requireChanger();
        PartnershipDetails details = checked(input, current);
        Partnership updated = Records.write(Partnership.RECORD_LABEL, id,
                () -> partnerships.update(current.with(details, clock.instant(), actor)), () -> partnerships.findById(id));
        audit.record("update", Partnership.RECORD_TYPE, String.valueOf(id), FieldValues.changes(current.details(), details));
        return updated;
    }

    /** The partnership, if it is in the tenant and the current user is its staff. */
    @Transactional(readOnly = true)
    public Optional<Partnership> find(long id) {
        return mayRead() ? partnerships.findById(id) : Optional.empty();
    }

    /** The partnership, or the refusal that it is not there for the current user (404 over HTTP). */
    public Partnership require(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound(Partnership.RECORD_LABEL, id));
    }

    /** A page of the tenant's partnerships, filtered, paged and counted in the database. */
    @Transactional(readOnly = true)
    public Page<Partnership> search(PartnershipSearch s, Pageable pageable) {
        if (!mayRead()) {
            return Page.empty();
        }
        return partnerships.search(tenant.require(), name(s.status()), s.ongoing(), s.countryCode(), coreArea(s), s.phaseKind(),
                SearchText.containsPattern(s.text()), pageable);
    }

    /** The tenant's partnerships that have not ended, for deadlines and reminders (a municipality has a handful). */
    @Transactional(readOnly = true)
    public List<Partnership> active() {
        return mayRead() ? partnerships.findByStatusNotEqual(PartnershipStatus.ENDED) : List.of();
    }

    /** How many {@link #search} finds, counted in the database. */
    @Transactional(readOnly = true)
    public long count(PartnershipSearch s) {
        return mayRead() ? partnerships.count(tenant.require(), name(s.status()), s.ongoing(), s.countryCode(), coreArea(s), s.phaseKind(),
                SearchText.containsPattern(s.text())) : 0;
    }

    /** The names of the partnerships' foreign parties by id, in one query for a page. */
    @Transactional(readOnly = true)
    public Map<Long, String> partnerNames(Collection<Partnership> shown) {
        List<Long> ids = shown.stream().flatMap(p -> p.foreignPartnerIds().stream()).distinct().toList();
        return partners.findAll(ids).stream().collect(Collectors.toMap(PartnerOrganisation::id, PartnerOrganisation::name));
    }

    /**
     * What ICLD's rules would question without refusing: the country has left ICLD's list since the start
     * (message keys with their arguments).
     */
    public List<Warning> warnings(Partnership partnership) {
        LocalDate today = LocalDate.now(clock);
        if (!countries.eligibleOn(partnership.countryCode(), today)) {
            LocalDate left = countries.find(partnership.countryCode()).map(EligibleCountry::to).orElse(today);
            return List.of(new Warning("partnerships.warning.country-left", List.of(partnership.countryCode(), left)));
        }
        return List.of();
    }

    private boolean mayRead() {
        return currentUser.sight() instanceof Sight.WholeTenant;
    }

    private PartnershipDetails checked(PartnershipDetails input, Partnership current) {
        PartnershipDetails details = input.validated();
        boolean sameCountryAndStart = current != null && current.countryCode().equals(details.countryCode())
                && current.startsOn().equals(details.startsOn());
        if (!sameCountryAndStart && !countries.eligibleOn(details.countryCode(), details.startsOn())) {
            throw new Refusal("partnerships.partnership.country-not-eligible", details.countryCode(), details.startsOn())
                    .at("countryCode");
        }
        for (Long id : details.foreignPartnerIds()) {
            PartnerOrganisation partner = partners.find(id)
                    .orElseThrow(() -> new Refusal("partnerships.partnership.partner-unknown", id).at("foreignPartnerIds"));
            if (partner.kind() != PartnerKind.FOREIGN_LOCAL_GOVERNMENT) {
                throw new Refusal("partnerships.partnership.partner-not-foreign", partner.name()).at("foreignPartnerIds");
            }
        }
        if (current != null && details.status().ordinal() < current.status().ordinal()) {
            throw new Refusal("partnerships.partnership.status-backwards", Refusal.label(current.status().labelKey()))
                    .at("status");
        }
        return details;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String coreArea(PartnershipSearch s) {
        return s.coreArea() == null ? null : "%" + s.coreArea().name() + "%";
    }
}
