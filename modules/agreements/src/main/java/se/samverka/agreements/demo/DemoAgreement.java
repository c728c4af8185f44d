package se.samverka.agreements.demo;

import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.followup.IndicatorDefinition;
import se.samverka.agreements.followup.ReportStatus;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.platform.api.partners.PartnerDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One agreement of the demo data, as the source documents tell it, with invented people.
 *
 * @param terms             the terms, given the id of the partner's record in the tenant
 * @param target            how far along its lifecycle the agreement is
 * @param meetingDates      steering-group meetings: held when the date has passed, planned otherwise
 * @param reportOutcomes    per reporting period label: the outcome of its report (a period not named
 *                          has no report, so an ended one shows as overdue)
 */
record DemoAgreement(String tenantId,
                     PartnerDetails partner,
                     Function<Long, AgreementTerms> terms,
                     Decision decision,
                     AgreementStatus target,
                     List<LocalDate> meetingDates,
                     List<String> meetingFunctions,
                     List<IndicatorDefinition> indicators,
                     Map<String, ReportStatus> reportOutcomes) {
}
