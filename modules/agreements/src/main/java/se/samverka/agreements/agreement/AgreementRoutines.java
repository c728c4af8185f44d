package se.samverka.agreements.agreement;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routine steps around an agreement that need no new version: recording signatures on a decided
 * agreement, renewing an ending agreement as a new draft (its terms copied, the two linked) and deleting a
 * draft nobody has decided on (audited). The lifecycle proper (propose, decide, activate, end) is
 * {@link Agreements#transition}.
 */
@Singleton
public class AgreementRoutines {

    private final AgreementRepository agreements;
    private final Agreements lifecycle;
    private final PartyStore parties;
    private final RenewalRepository renewals;
    private final DraftRemoval removal;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final AuditLog audit;
    private final ApplicationEventPublisher<AgreementEvent> events;
    private final Clock clock;

    AgreementRoutines(AgreementRepository agreements, Agreements lifecycle, PartyStore parties, RenewalRepository renewals,
                      DraftRemoval removal, CurrentUser currentUser, CurrentTenant tenant,
                      AuditLog audit, ApplicationEventPublisher<AgreementEvent> events, Clock clock) {
        this.agreements = agreements;
        this.lifecycle = lifecycle;
        this.parties = parties;
        this.renewals = renewals;
        this.removal = removal;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records when the signatories of a decided (or running) agreement signed: the signing dates change, the
     * terms and the version number do not.
     *
     * @param signedOn per party (in order), per signatory (in order), the date signed or null for not yet
     */
    @Transactional
    public AgreementDetails recordSignatures(long id, long expectedVersion, List<List<LocalDate>> signedOn) {
        String actor = currentUser.requireChanger();
        Agreement current = Records.atVersion(Agreements.RECORD_LABEL, id, agreements.findById(id), expectedVersion);
        if (!current.status().isAmendable()) {
            throw new Refusal("agreements.sign.not-decided", Refusal.label(current.status().labelKey()));
        }
        LocalDate today = LocalDate.now(clock);
        List<PartyTerms> before = parties.read(id);
        List<PartyTerms> after = new ArrayList<>();
        for (int p = 0; p < before.size(); p++) {
            PartyTerms party = before.get(p);
            List<LocalDate> dates = p < signedOn.size() && signedOn.get(p) != null ? signedOn.get(p) : List.of();
            List<SignatoryTerms> signatories = new ArrayList<>();
            for (int s = 0; s < party.signatories().size(); s++) {
                SignatoryTerms signatory = party.signatories().get(s);
                LocalDate date = s < dates.size() ? dates.get(s) : signatory.signedOn();
                if (date != null && date.isAfter(today)) {
                    throw new Refusal("agreements.sign.in-future", signatory.name()).at(signedOnField(p, s));
                }
                signatories.add(new SignatoryTerms(signatory.name(), signatory.role(), date));
            }
            after.add(new PartyTerms(party.partnerId(), party.name(), party.organisationNumber(), party.convenesSteeringGroup(),
                    party.commitments(), signatories, party.contributions()));
        }
        Map<String, AuditLog.Change> changes = FieldValues.changes(current.terms(before), current.terms(after));
        if (changes.isEmpty()) {
            throw new Refusal("agreements.sign.nothing-changed");
        }
        parties.replace(id, after);
        Agreement updated = Records.write(Agreements.RECORD_LABEL, id,
                () -> agreements.update(current.withTerms(current.terms(after), clock.instant(), actor)), () -> agreements.findById(id));
        events.publishEvent(new AgreementEvent(id, AgreementEvent.Kind.EDITED, updated.status(), updated.versionNumber(), null));
        audit.record("sign", Agreements.RECORD_TYPE, String.valueOf(id), changes);
        return new AgreementDetails(updated, after);
    }

    /** The field of a signatory's date in a refusal: {@code signedOn.<party>.<signatory>}, from 0. */
    public static String signedOnField(int party, int signatory) {
        return "signedOn." + party + "." + signatory;
    }

    /**
     * A new draft renewing a running or ended agreement: its terms, parties and commitments copied, the period
     * following on with the same length, contributions moved by as many years, no registry number (a new
     * case), no signatures; the two linked to each other.
     */
    @Transactional
    public AgreementDetails renewAsDraft(long id) {
        currentUser.requireChanger();
        AgreementDetails old = lifecycle.details(id).orElseThrow(() -> new RecordNotFound(Agreements.RECORD_LABEL, id));
        Agreement a = old.agreement();
        if (a.status() != AgreementStatus.ACTIVE && a.status() != AgreementStatus.ENDED) {
            throw new Refusal("agreements.renew.not-running", Refusal.label(a.status().labelKey()));
        }
        Optional<Renewal> earlier = renewals.findByRenewsId(id);
        if (earlier.isPresent()) {
            throw new Refusal("agreements.renew.already", agreements.findById(earlier.get().agreementId()).map(Agreement::title)
                    .orElse(""));
        }
        LocalDate start = a.periodEnd().plusDays(1);
        Period length = Period.between(a.periodStart(), a.periodEnd().plusDays(1));
        int years = start.getYear() - a.periodStart().getYear();
        List<PartyTerms> copied = old.parties().stream().map(p -> new PartyTerms(p.partnerId(), p.name(), p.organisationNumber(),
                p.convenesSteeringGroup(), p.commitments(),
                p.signatories().stream().map(s -> new SignatoryTerms(s.name(), s.role(), null)).toList(),
                p.contributions().stream().map(c -> new ContributionTerms(c.year() + years, c.amountSek(), c.description())).toList()))
                .toList();
        AgreementTerms terms = a.terms(copied).withRegistryNumber(null)
                .withPeriod(new AgreementPeriod(start, start.plus(length).minusDays(1), a.renewalNoticeMonths()));
        AgreementDetails draft = lifecycle.createDraft(terms);
        renewals.save(new Renewal(null, null, draft.id(), id));
        audit.record("renew", Agreements.RECORD_TYPE, String.valueOf(id), Map.of("renewedBy",
                new AuditLog.Change(null, draft.agreement().title() + " (" + draft.id() + ")")));
        return draft;
    }

    /** The agreement this one renews, and the draft that renews it, if the user may see them. */
    @Transactional(readOnly = true)
    public Links linksOf(long id) {
        return new Links(renewals.findByAgreementId(id).flatMap(r -> lifecycle.find(r.renewsId())),
                renewals.findByRenewsId(id).flatMap(r -> lifecycle.find(r.agreementId())));
    }

    public record Links(Optional<Agreement> renews, Optional<Agreement> renewedBy) {
    }

    /** Whether the agreement may be deleted: a draft that was never decided. */
    public static boolean deletable(Agreement agreement) {
        return agreement.status() == AgreementStatus.DRAFT && agreement.decision().isEmpty();
    }

    /** Deletes a draft nobody has decided on, with what it gathered (its documents too); the audit log keeps its title. */
    @Transactional
    public void deleteDraft(long id, long expectedVersion) {
        currentUser.requireChanger();
        Agreement current = Records.atVersion(Agreements.RECORD_LABEL, id, agreements.findById(id), expectedVersion);
        if (!deletable(current)) {
            throw new Refusal("agreements.delete.not-draft", Refusal.label(current.status().labelKey()));
        }
        String tenantId = tenant.require();
        // its documents go with it (AgreementDocuments listens: the documents feature depends on this one, not back)
        events.publishEvent(new AgreementEvent(id, AgreementEvent.Kind.DELETED, current.status(), current.versionNumber(), null));
        removal.statusChanges(tenantId, id);
        removal.meetings(tenantId, id);
        removal.indicators(tenantId, id);
        removal.reportingPeriods(tenantId, id);
        removal.responsible(tenantId, id);
        removal.renewal(tenantId, id);
        parties.replace(id, List.of());
        removal.agreement(tenantId, id);
        audit.record("delete", Agreements.RECORD_TYPE, String.valueOf(id), Map.of("title", new AuditLog.Change(current.title(), null)));
    }
}
