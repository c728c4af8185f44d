package se.samverka.agreements.agreement;

import se.samverka.platform.api.data.Records;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.lifecycle.AgreementFacts;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.agreements.lifecycle.LifecycleRules;
import se.samverka.agreements.lifecycle.Transition;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.SearchText;
import se.samverka.platform.api.security.Sight;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agreements from draft to end: create a draft, edit it, move it through its lifecycle, amend it
 * once decided. Each change runs in one transaction, is refused when based on a stale version, and
 * is written to the audit log with the fields it changed. Reads show the current user only what
 * they may see (see {@link PartnerAccess}).
 */
@Singleton
public class Agreements {

    static final String RECORD_TYPE = "agreement";
    static final String RECORD_LABEL = "agreements.record." + RECORD_TYPE;

    private final AgreementRepository agreements;
    private final PartyStore parties;
    private final StatusChangeRepository statusChanges;
    private final PartnerRegister partners;
    private final PartnerAccess access;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final AuditLog audit;
    private final ApplicationEventPublisher<AgreementEvent> events;
    private final Clock clock;

    Agreements(AgreementRepository agreements, PartyStore parties, StatusChangeRepository statusChanges,
               PartnerRegister partners, PartnerAccess access, CurrentUser currentUser, CurrentTenant tenant,
               AuditLog audit, ApplicationEventPublisher<AgreementEvent> events, Clock clock) {
        this.agreements = agreements;
        this.parties = parties;
        this.statusChanges = statusChanges;
        this.partners = partners;
        this.access = access;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a draft. */
    @Transactional
    public AgreementDetails createDraft(AgreementTerms input) {
        String actor = currentUser.requireChanger();
        AgreementTerms terms = withRegisteredPartners(input).validated();
        Agreement saved = agreements.save(Agreement.draft(terms, clock.instant(), actor));
        parties.replace(saved.id(), terms.parties());
        publish(saved, AgreementEvent.Kind.CREATED, null);
        audit.record("create", RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(terms));
        return new AgreementDetails(saved, terms.parties());
    }

    /** Changes the terms of a draft or proposal in place; a decided agreement changes by {@link #amend}. */
    @Transactional
    public AgreementDetails edit(long id, long expectedVersion, AgreementTerms input) {
        String actor = currentUser.requireChanger();
        Agreement current = current(id, expectedVersion);
        if (!current.status().isEditable()) {
            throw new Refusal("agreements.edit.not-editable", Refusal.label(current.status().labelKey()));
        }
        AgreementTerms before = current.terms(parties.read(id));
        AgreementTerms terms = withRegisteredPartners(input).validated();
        Agreement updated = update(current, current.withTerms(terms, clock.instant(), actor));
        parties.replace(id, terms.parties());
        publish(updated, AgreementEvent.Kind.EDITED, null);
        audit.record("update", RECORD_TYPE, String.valueOf(id), FieldValues.changes(before, terms));
        return new AgreementDetails(updated, terms.parties());
    }

    /**
     * Moves the agreement to another status, if the lifecycle allows it now and the user's roles
     * allow that transition.
     *
     * @param decision needed to move to DECIDED
     * @param reason   needed to terminate; recorded with any transition
     */
    @Transactional
    public AgreementDetails transition(long id, long expectedVersion, AgreementStatus target,
                                       @Nullable Decision decision, @Nullable String reason) {
        currentUser.requireChanger();
        Agreement current = current(id, expectedVersion);
        List<PartyTerms> partyTerms = parties.read(id);
        LocalDate today = LocalDate.now(clock);
        Transition transition = LifecycleRules.check(facts(current, partyTerms), target, decision, reason, today);
        String actor = currentUser.requireOneOf(transition.roles());

        Agreement moved = current.withStatus(transition.to(), clock.instant(), actor);
        if (transition == Transition.DECIDE) {
            moved = moved.withDecision(decision.validated(today));
        }
        Agreement updated = update(current, moved);
        String why = Texts.optional("agreements.field.reason", reason, Texts.LONG);
        statusChanges.save(new StatusChange(null, null, id, current.status(), updated.status(), clock.instant(), actor, why));
        publish(updated, AgreementEvent.Kind.STATUS_CHANGED, why);

        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        changes.put("status", new AuditLog.Change(current.status().name(), updated.status().name()));
        changes.putAll(FieldValues.changes(FieldValues.of("decision", current.decision()),
                FieldValues.of("decision", updated.decision())));
        if (why != null) {
            changes.put("reason", new AuditLog.Change(null, why));
        }
        audit.record("transition", RECORD_TYPE, String.valueOf(id), changes);
        return new AgreementDetails(updated, partyTerms);
    }

    /**
     * Why the agreement as read cannot move to {@code target} now, whatever the user adds (see
     * {@link LifecycleRules#obstacle}); empty when only the user's input is left to check.
     */
    public Optional<Refusal> obstacle(AgreementDetails agreement, AgreementStatus target) {
        return LifecycleRules.obstacle(facts(agreement.agreement(), agreement.parties()), target, LocalDate.now(clock));
    }

    /** Changes a decided agreement: a new version, the earlier ones kept in the history. */
    @Transactional
    public AgreementDetails amend(long id, long expectedVersion, Amendment amendment) {
        String actor = currentUser.requireChanger();
        Agreement current = current(id, expectedVersion);
        if (!current.status().isAmendable()) {
            throw new Refusal("agreements.amend.not-amendable", Refusal.label(current.status().labelKey()));
        }
        String reason = Texts.required("agreements.field.reason", amendment.reason(), Texts.LONG);
        AgreementTerms before = current.terms(parties.read(id));
        AgreementTerms terms = withRegisteredPartners(amendment.terms()).validated();
        if (!terms.period().isComplete()) {
            // a decided agreement has its dates (the decision needed them); an amendment changes them, never removes them
            throw new Refusal("agreements.amend.needs-period").at("period");
        }
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>(FieldValues.changes(before, terms));
        if (changes.isEmpty()) {
            throw new Refusal("agreements.amend.nothing-changed");
        }
        Agreement amended = current.withTerms(terms, clock.instant(), actor).withNextVersionNumber();
        if (amendment.decision() != null) {
            Decision decision = amendment.decision().validated(LocalDate.now(clock));
            amended = amended.withDecision(decision);
            changes.putAll(FieldValues.changes(FieldValues.of("decision", current.decision()),
                    FieldValues.of("decision", decision)));
        }
        Agreement updated = update(current, amended);
        parties.replace(id, terms.parties());
        publish(updated, AgreementEvent.Kind.AMENDED, reason);
        changes.put("versionNumber", new AuditLog.Change(current.versionNumber(), updated.versionNumber()));
        changes.put("reason", new AuditLog.Change(null, reason));
        audit.record("amend", RECORD_TYPE, String.valueOf(id), changes);
        return new AgreementDetails(updated, terms.parties());
    }

    /** An agreement the current user may see. */
    @Transactional(readOnly = true)
    public Optional<Agreement> find(long id) {
        Sight sight = currentUser.sight();
        return agreements.findById(id).filter(a -> sight instanceof Sight.WholeTenant || access.maySee(sight, a.id()));
    }

    /** An agreement with its parties, if the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<AgreementDetails> details(long id) {
        return find(id).map(agreement -> new AgreementDetails(agreement, parties.read(id)));
    }

    /** The agreements under a registry number (several may share one case) that the current user may see. */
    @Transactional(readOnly = true)
    public List<Agreement> findByRegistryNumber(String registryNumber) {
        return registryNumber == null ? List.of()
                : agreements.findByRegistryNumber(registryNumber).stream().filter(a -> access.maySee(a.id())).toList();
    }

    /** The agreement's lifecycle so far, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> statusChanges(long id) {
        return find(id).map(a -> statusChanges.findByAgreementIdOrderById(id)).orElse(List.of());
    }

    /**
     * One page of the agreements the current user may see, filtered and sorted in the database, with
     * the total: staff see the tenant's, a partner user only those their organisation is party to.
     */
    @Transactional(readOnly = true)
    public Page<Agreement> search(AgreementSearch filter, Pageable pageable) {
        Optional<SearchParameters> within = within(filter);
        if (within.isPresent() && byStatus(pageable).isPresent()) {
            SearchParameters f = within.get();
            return Page.of(listed(f, pageable), pageable, agreements.count(tenant.require(), f.status(), f.hiddenStatus(),
                    f.partnerId(), f.responsible(), f.activeFrom(), f.activeTo(), f.text()));
        }
        return within.map(f -> agreements.search(tenant.require(), f.status(), f.hiddenStatus(), f.partnerId(), f.responsible(), f.activeFrom(),
                f.activeTo(), f.text(), pageable)).orElseGet(Page::empty);
    }

    /** The same page without its total, for a view that asks for the count separately. */
    @Transactional(readOnly = true)
    public List<Agreement> page(AgreementSearch filter, Pageable pageable) {
        return within(filter).map(f -> listed(f, pageable)).orElseGet(List::of);
    }

    /** One page; sorted by status in the lifecycle's order, which a sort on the column (the codes' alphabet) would not give. */
    private List<Agreement> listed(SearchParameters f, Pageable pageable) {
        Optional<Sort.Order> status = byStatus(pageable);
        if (status.isEmpty()) {
            return agreements.list(tenant.require(), f.status(), f.hiddenStatus(), f.partnerId(), f.responsible(), f.activeFrom(),
                    f.activeTo(), f.text(), pageable);
        }
        Pageable page = Pageable.from(pageable.getNumber(), pageable.getSize());
        return status.get().isAscending()
                ? agreements.listByStatus(tenant.require(), f.status(), f.hiddenStatus(), f.partnerId(), f.responsible(),
                f.activeFrom(), f.activeTo(), f.text(), page)
                : agreements.listByStatusDescending(tenant.require(), f.status(), f.hiddenStatus(), f.partnerId(),
                f.responsible(), f.activeFrom(), f.activeTo(), f.text(), page);
    }

    /** How many agreements the search finds for the current user. */
    @Transactional(readOnly = true)
    public long count(AgreementSearch filter) {
        return within(filter).map(f -> agreements.count(tenant.require(), f.status(), f.hiddenStatus(), f.partnerId(), f.responsible(), f.activeFrom(),
                f.activeTo(), f.text())).orElse(0L);
    }

    private static Optional<Sort.Order> byStatus(Pageable pageable) {
        return pageable.getSort().getOrderBy().stream().findFirst()
                .filter(order -> order.getProperty().equals(AgreementSort.STATUS.property()));
    }

    /** The filter as the database takes it, narrowed to what the user may see; empty if nothing. */
    private Optional<SearchParameters> within(AgreementSearch filter) {
        Long partnerId = filter.partnerId();
        Sight sight = currentUser.sight();
        String hidden = null;
        if (sight instanceof Sight.Organisation own) {
            // a draft is the municipality's own work until it is proposed: partner users do not see it
            if (filter.status() == AgreementStatus.DRAFT) {
                return Optional.empty();
            }
            hidden = AgreementStatus.DRAFT.name();
            // a partner user's sight is their organisation's record in this tenant: searched by its id,
            // which the party index answers, and never wider than the filter the user chose
            Optional<Long> ownId = partners.findByDirectoryAlias(own.directoryAlias()).map(PartnerOrganisation::id);
            if (ownId.isEmpty() || partnerId != null && !partnerId.equals(ownId.get())) {
                return Optional.empty();
            }
            partnerId = ownId.get();
        } else if (!(sight instanceof Sight.WholeTenant)) {
            return Optional.empty();
        }
        return Optional.of(new SearchParameters(filter.status() == null ? null : filter.status().name(), hidden, partnerId,
                filter.mine() ? currentUser.require().username() : null, filter.activeFrom(), filter.activeTo(), SearchText.containsPattern(filter.text())));
    }

    private record SearchParameters(String status, String hiddenStatus, Long partnerId, String responsible, LocalDate activeFrom, LocalDate activeTo, String text) {
    }

    /** The agreement, if it exists in the tenant and the caller edited its latest version. */
    private Agreement current(long id, long expectedVersion) {
        return Records.atVersion(RECORD_LABEL, id, agreements.findById(id), expectedVersion);
    }

    private Agreement update(Agreement current, Agreement changed) {
        return Records.write(RECORD_LABEL, current.id(), () -> agreements.update(changed), () -> agreements.findById(current.id()));
    }

    /** Each partner party must be one of the tenant's partner organisations; its name and number come from there unless given. */
    private AgreementTerms withRegisteredPartners(AgreementTerms terms) {
        return terms.withParties(terms.parties().stream().map(party -> {
            if (party.isTenant()) {
                return party;
            }
            PartnerOrganisation organisation = partners.find(party.partnerId())
                    .orElseThrow(() -> new Refusal("agreements.party.unknown-partner", String.valueOf(party.partnerId())).at("parties"));
            return party.named(organisation.name(), organisation.organisationNumber());
        }).toList());
    }

    private static AgreementFacts facts(Agreement agreement, List<PartyTerms> partyTerms) {
        return new AgreementFacts(agreement.status(), agreement.registryNumber() != null,
                agreement.periodStart(), agreement.periodEnd(),
                (int) partyTerms.stream().filter(PartyTerms::isTenant).count(),
                (int) partyTerms.stream().filter(p -> !p.isTenant()).count(),
                !partyTerms.isEmpty() && partyTerms.stream().allMatch(PartyTerms::isSigned));
    }

    private void publish(Agreement agreement, AgreementEvent.Kind kind, @Nullable String reason) {
        events.publishEvent(new AgreementEvent(agreement.id(), kind, agreement.status(), agreement.versionNumber(), reason));
    }
}
