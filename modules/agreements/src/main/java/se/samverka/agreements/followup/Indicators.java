package se.samverka.agreements.followup;

import se.samverka.platform.api.data.Records;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.audit.AuditLog;

import java.util.List;
import java.util.Map;

/**
 * The indicators an agreement's partner reports on. Case officers define them while the agreement
 * is not closed; an indicator that reports already gave a figure for stays, so that no report
 * loses its figures.
 */
@Singleton
public class Indicators {

    static final String RECORD_TYPE = "indicator";
    static final String RECORD_LABEL = "agreements.record." + RECORD_TYPE;

    private final IndicatorRepository indicators;
    private final ReportFigureRepository figures;
    private final Agreements agreements;
    private final PartnerAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    Indicators(IndicatorRepository indicators, ReportFigureRepository figures, Agreements agreements,
               PartnerAccess access, CurrentUser currentUser, AuditLog audit) {
        this.indicators = indicators;
        this.figures = figures;
        this.agreements = agreements;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Adds an indicator after the agreement's others. */
    @Transactional
    public Indicator add(long agreementId, IndicatorDefinition input) {
        currentUser.requireChanger();
        requireOpen(agreementId);
        IndicatorDefinition definition = input.validated();
        int position = (int) indicators.countByAgreementId(agreementId);
        Indicator saved = indicators.save(new Indicator(null, null, agreementId, position, definition.name(), definition.kind(), null));
        audit.record("create", RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(definition));
        return saved;
    }

    @Transactional
    public Indicator update(long indicatorId, long expectedVersion, IndicatorDefinition input) {
        currentUser.requireChanger();
        Indicator current = current(indicatorId, expectedVersion);
        requireOpen(current.agreementId());
        IndicatorDefinition definition = input.validated();
        Indicator updated = Records.write(RECORD_LABEL, indicatorId, () -> indicators.update(new Indicator(current.id(),
                current.tenantId(), current.agreementId(), current.position(), definition.name(), definition.kind(),
                current.version())), () -> indicators.findById(indicatorId));
        audit.record("update", RECORD_TYPE, String.valueOf(indicatorId),
                FieldValues.changes(new IndicatorDefinition(current.name(), current.kind()), definition));
        return updated;
    }

    /** Removes an indicator no report has a figure for. */
    @Transactional
    public void remove(long indicatorId, long expectedVersion) {
        currentUser.requireChanger();
        Indicator current = current(indicatorId, expectedVersion);
        requireOpen(current.agreementId());
        if (figures.existsByIndicatorId(indicatorId)) {
            throw new Refusal("agreements.indicator.in-use", current.name());
        }
        indicators.delete(current);
        audit.record("delete", RECORD_TYPE, String.valueOf(indicatorId),
                Map.of("name", new AuditLog.Change(current.name(), null)));
    }

    /** Whether a report has a figure for the indicator, so that it cannot be removed (see {@link #remove}). */
    @Transactional(readOnly = true)
    public boolean inUse(long indicatorId) {
        return figures.existsByIndicatorId(indicatorId);
    }

    /** The agreement's indicators in order, if the current user may see the agreement. */
    @Transactional(readOnly = true)
    public List<Indicator> of(long agreementId) {
        return access.maySee(agreementId) ? indicators.findByAgreementIdOrderByPosition(agreementId) : List.of();
    }

    private Indicator current(long indicatorId, long expectedVersion) {
        return Records.atVersion(RECORD_LABEL, indicatorId, indicators.findById(indicatorId), expectedVersion);
    }

    private void requireOpen(long agreementId) {
        Agreement agreement = agreements.find(agreementId).orElseThrow(() -> new RecordNotFound("agreements.record.agreement", agreementId));
        if (agreement.status().isClosed()) {
            throw new Refusal("agreements.indicator.agreement-closed", Refusal.label(agreement.status().labelKey()));
        }
    }
}
