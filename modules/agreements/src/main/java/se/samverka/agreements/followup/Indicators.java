package se.samverka.agreements.followup;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.agreements.shared.CaseWork;
import se.samverka.agreements.shared.FieldValues;
import se.samverka.agreements.shared.RecordNotFound;
import se.samverka.agreements.shared.Refusal;
import se.samverka.agreements.shared.StaleRecord;
import se.samverka.platform.api.audit.AuditLog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The indicators an agreement's partner reports on. Case officers define them while the agreement
 * is not closed; an indicator that reports already gave a figure for stays, so that no report
 * loses its figures.
 */
@Singleton
public class Indicators {

    static final String RECORD_TYPE = "indicator";

    private final IndicatorRepository indicators;
    private final ReportFigureRepository figures;
    private final Agreements agreements;
    private final PartnerAccess access;
    private final CaseWork caseWork;
    private final AuditLog audit;

    Indicators(IndicatorRepository indicators, ReportFigureRepository figures, Agreements agreements,
               PartnerAccess access, CaseWork caseWork, AuditLog audit) {
        this.indicators = indicators;
        this.figures = figures;
        this.agreements = agreements;
        this.access = access;
        this.caseWork = caseWork;
        this.audit = audit;
    }

    /** Adds an indicator after the agreement's others. */
    @Transactional
    public Indicator add(long agreementId, IndicatorDefinition input) {
        caseWork.requireChanger();
        requireOpen(agreementId);
        IndicatorDefinition definition = input.validated();
        int position = (int) indicators.countByAgreementId(agreementId);
        Indicator saved = indicators.save(new Indicator(null, null, agreementId, position, definition.name(), definition.kind(), null));
        audit.record("create", RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(definition));
        return saved;
    }

    @Transactional
    public Indicator update(long indicatorId, long expectedVersion, IndicatorDefinition input) {
        caseWork.requireChanger();
        Indicator current = current(indicatorId, expectedVersion);
        requireOpen(current.agreementId());
        IndicatorDefinition definition = input.validated();
        Indicator updated;
        try {
            updated = indicators.update(new Indicator(current.id(), current.tenantId(), current.agreementId(),
                    current.position(), definition.name(), definition.kind(), current.version()));
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleRecord(RECORD_TYPE, indicatorId);
        }
        audit.record("update", RECORD_TYPE, String.valueOf(indicatorId),
                FieldValues.changes(new IndicatorDefinition(current.name(), current.kind()), definition));
        return updated;
    }

    /** Removes an indicator no report has a figure for. */
    @Transactional
    public void remove(long indicatorId, long expectedVersion) {
        caseWork.requireChanger();
        Indicator current = current(indicatorId, expectedVersion);
        requireOpen(current.agreementId());
        if (figures.existsByIndicatorId(indicatorId)) {
            throw new Refusal("agreements.indicator.in-use", current.name());
        }
        indicators.delete(current);
        audit.record("delete", RECORD_TYPE, String.valueOf(indicatorId),
                Map.of("name", new AuditLog.Change(current.name(), null)));
    }

    /** The agreement's indicators in order, if the current user may see the agreement. */
    @Transactional(readOnly = true)
    public List<Indicator> of(long agreementId) {
        return access.maySee(agreementId) ? indicators.findByAgreementIdOrderByPosition(agreementId) : List.of();
    }

    private Indicator current(long indicatorId, long expectedVersion) {
        Indicator current = indicators.findById(indicatorId).orElseThrow(() -> new RecordNotFound(RECORD_TYPE, indicatorId));
        if (!Objects.equals(current.version(), expectedVersion)) {
            throw new StaleRecord(RECORD_TYPE, indicatorId);
        }
        return current;
    }

    private void requireOpen(long agreementId) {
        Agreement agreement = agreements.find(agreementId).orElseThrow(() -> new RecordNotFound("agreement", agreementId));
        if (agreement.status().isClosed()) {
            throw new Refusal("agreements.indicator.agreement-closed", Refusal.label(agreement.status().labelKey()));
        }
    }
}
