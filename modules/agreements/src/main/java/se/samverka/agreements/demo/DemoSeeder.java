package se.samverka.agreements.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.followup.FigureInput;
import se.samverka.agreements.followup.Indicator;
import se.samverka.agreements.followup.IndicatorKind;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.followup.PeriodOverview;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportStatus;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.agreements.steering.SteeringMeetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the demo agreements of one tenant through the module's own services, so that the demo
 * data obeys every rule real data does (and is audited like it). Idempotent: a partner
 * organisation already registered under its directory alias, or an agreement already there under
 * its registry number and title, is left as it is.
 */
@Singleton
class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final PartnerRegister partners;
    private final Agreements agreements;
    private final SteeringMeetings meetings;
    private final Indicators indicators;
    private final ReportingPeriods periods;
    private final Reports reports;
    private final Clock clock;

    DemoSeeder(PartnerRegister partners, Agreements agreements, SteeringMeetings meetings, Indicators indicators,
               ReportingPeriods periods, Reports reports, Clock clock) {
        this.partners = partners;
        this.agreements = agreements;
        this.meetings = meetings;
        this.indicators = indicators;
        this.periods = periods;
        this.reports = reports;
        this.clock = clock;
    }

    /** Seeds the current tenant's demo agreements in one transaction: all of them or none. */
    @Transactional
    void seed(List<DemoAgreement> demos) {
        for (DemoAgreement demo : demos) {
            PartnerOrganisation partner = partners.findByDirectoryAlias(demo.partner().directoryAlias())
                    .orElseGet(() -> partners.create(demo.partner()));
            AgreementTerms terms = demo.terms().apply(partner.id());
            boolean present = agreements.findByRegistryNumber(terms.registryNumber()).stream()
                    .anyMatch(existing -> existing.title().equals(terms.title()));
            if (!present) {
                create(demo, terms);
                LOG.info("Demo data: agreement {} in tenant {}", terms.registryNumber(), demo.tenantId());
            }
        }
    }

    private void create(DemoAgreement demo, AgreementTerms terms) {
        AgreementDetails agreement = agreements.createDraft(terms);
        long id = agreement.id();
        List<AgreementStatus> steps = stepsTo(demo.target());
        // what happened while it ran (meetings, reports) is recorded before an ended agreement is closed
        List<AgreementStatus> whileRunning = steps.stream().filter(s -> s != AgreementStatus.ENDED).toList();
        agreement = walk(agreement, whileRunning, demo);
        LocalDate today = LocalDate.now(clock);
        for (LocalDate date : demo.meetingDates()) {
            MeetingStatus status = date.isAfter(today) ? MeetingStatus.PLANNED : MeetingStatus.HELD;
            meetings.add(id, new MeetingDetails(status, date, demo.meetingFunctions(),
                    status == MeetingStatus.HELD ? "Genomgång av verksamheten och halvårsstatistiken. (Demodata.)" : null,
                    status == MeetingStatus.HELD ? "Verksamheten fortsätter enligt överenskommelsen." : null));
        }
        List<Indicator> defined = new ArrayList<>();
        demo.indicators().forEach(definition -> defined.add(indicators.add(id, definition)));
        int periodIndex = 0;
        for (PeriodOverview period : periods.overview(id)) {
            ReportStatus outcome = demo.reportOutcomes().get(period.period().label());
            if (outcome != null && period.period().endsOn().isBefore(today)) {
                report(period, outcome, defined, periodIndex);
            }
            periodIndex++;
        }
        walk(agreement, steps.subList(whileRunning.size(), steps.size()), demo);
    }

    private AgreementDetails walk(AgreementDetails agreement, List<AgreementStatus> steps, DemoAgreement demo) {
        AgreementDetails current = agreement;
        for (AgreementStatus step : steps) {
            current = agreements.transition(current.id(), current.agreement().version(), step,
                    step == AgreementStatus.DECIDED ? demo.decision() : null, null);
        }
        return current;
    }

    /** Invented counts, small and varied; never a name. */
    private void report(PeriodOverview period, ReportStatus outcome, List<Indicator> defined, int periodIndex) {
        List<FigureInput> figures = new ArrayList<>();
        for (int i = 0; i < defined.size(); i++) {
            Indicator indicator = defined.get(i);
            figures.add(indicator.kind() == IndicatorKind.NUMBER
                    ? FigureInput.number(indicator.id(), 2 + (periodIndex * 3 + i * 5) % 11)
                    : FigureInput.text(indicator.id(), "Skolans elevhälsa och socialtjänsten; information i skolorna. (Demodata.)"));
        }
        ReportDetails submitted = reports.submit(period.period().id(), null, new ReportSubmission(figures,
                "Verksamheten har bedrivits enligt plan under perioden. (Demodata.)"));
        long reportId = submitted.report().id();
        long version = submitted.report().version();
        switch (outcome) {
            case ACCEPTED -> reports.accept(reportId, version);
            case RETURNED -> reports.returnForCorrection(reportId, version,
                    "Antalet nya barn och unga saknas för perioden; komplettera gärna. (Demodata.)");
            case SUBMITTED -> {
                // left for the case officer to review
            }
        }
    }

    /** The lifecycle path from draft to the target status. */
    static List<AgreementStatus> stepsTo(AgreementStatus target) {
        List<AgreementStatus> path = List.of(AgreementStatus.PROPOSED, AgreementStatus.DECIDED, AgreementStatus.ACTIVE,
                AgreementStatus.ENDED);
        return target == AgreementStatus.DRAFT ? List.of() : path.subList(0, path.indexOf(target) + 1);
    }
}
