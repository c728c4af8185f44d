package se.samverka.agreements.deadlines;

import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.api.security.Roles;


import jakarta.inject.Singleton;
import se.samverka.agreements.AgreementsModule;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;
import se.samverka.platform.api.tenant.CurrentTenant;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.api.work.Urgency;
import se.samverka.platform.api.work.WorkItem;
import se.samverka.platform.api.work.WorkSource;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The agreements' part of "My work". Staff: reports not in after their date, reports waiting for review,
 * renewal talks past their date or near, agreements ending soon, steering-group meetings missing this
 * year. A partner user: their organisation's reports to submit, and returned ones with the officer's
 * comment. Two queries: the open deadlines (as the calendar has them) and the reports waiting. A case
 * officer's list holds the agreements they are responsible for and those with no responsible officer chosen
 * (everybody's), as the reminders do; administrators and readers see the tenant's whole list.
 */
@Singleton
class AgreementWorkSource implements WorkSource {

    /** How far back overdue items are looked for: older ones are history, not a day's work. */
    static final int YEARS_BACK = 3;

    /** At most so many of each query: a list longer than this is read in the agreements' own lists. */
    static final int LIMIT = 200;

    private final AgreementDeadlines deadlines;
    private final DeadlineRepository repository;
    private final DeadlineTexts texts;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;

    AgreementWorkSource(AgreementDeadlines deadlines, DeadlineRepository repository, DeadlineTexts texts,
                        CurrentUser currentUser, CurrentTenant tenant) {
        this.deadlines = deadlines;
        this.repository = repository;
        this.texts = texts;
        this.currentUser = currentUser;
        this.tenant = tenant;
    }

    @Override
    public String moduleId() {
        return AgreementsModule.ID;
    }

    @Override
    public List<WorkItem> work(LocalDate today) {
        Sight sight = currentUser.sight();
        if (sight instanceof Sight.Nothing) {
            return List.of();
        }
        boolean partner = sight instanceof Sight.Organisation;
        String alias = sight instanceof Sight.Organisation own ? own.directoryAlias() : null;
        List<WorkItem> items = new ArrayList<>();
        String officer = currentUser.get().filter(u -> u.hasRole(Roles.CASE_OFFICER)).map(PortalUser::username).orElse(null);
        List<ReportRow> returned = partner ? repository.reports(tenant.require(), alias, null, "RETURNED", LIMIT) : List.of();
        Set<String> returnedPeriods = returned.stream().map(r -> r.agreementId() + "/" + r.label()).collect(Collectors.toSet());
        // a case officer's own list is filtered in the query, before the limit (see DeadlineRepository.MINE)
        List<Deadline> open = deadlines.open(windows(today), LIMIT, partner ? null : officer);
        List<ReportRow> toReview = partner ? List.of() : repository.reports(tenant.require(), null, officer, "SUBMITTED", LIMIT);
        for (Deadline deadline : open) {
            if (partner && (deadline.kind() != DeadlineKind.REPORT_DUE
                    || returnedPeriods.contains(deadline.agreementId() + "/" + deadline.detail()))) {
                continue; // a partner's work is their reports; a returned one is said with its comment below
            }
            items.add(item(deadline, today, partner));
        }
        returned.forEach(report -> items.add(returnedItem(report, today)));
        toReview.forEach(report -> items.add(toReview(report)));
        return items;
    }

    /**
     * Overdue items from a few years back, due ones {@link #SOON_DAYS} ahead; an agreement's end only ahead
     * (one past its end has ended); this year's meeting shortfall from a month before its day on.
     */
    static DeadlineWindows windows(LocalDate today) {
        LocalDate back = today.minusYears(YEARS_BACK);
        LocalDate ahead = today.plusDays(SOON_DAYS);
        MonthDay shortfall = DeadlineWindows.SHORTFALL_DAY;
        Integer year = shortfall.atYear(today.getYear()).isAfter(ahead) ? null : today.getYear();
        return new DeadlineWindows(back, ahead, back, ahead, today, ahead, year);
    }

    private WorkItem item(Deadline deadline, LocalDate today, boolean partner) {
        Urgency urgency = deadline.date().isBefore(today) ? Urgency.OVERDUE : Urgency.DUE_SOON;
        String todo = "agreements.work." + deadline.kind().name() + "." + urgency.name() + (partner ? ".partner" : "");
        String link = deadline.kind() == DeadlineKind.REPORT_DUE ? followUp(deadline.agreementId())
                : deadline.kind() == DeadlineKind.MEETING_SHORTFALL ? deadline.link() + "?tab=steering" : deadline.link();
        return new WorkItem(deadline.uid(), urgency, deadline.date(), texts.summary(deadline),
                texts.text(todo, arguments(deadline)), link);
    }

    /** The date, then the period's label, or the meetings held or planned and the minimum ("1/2" as 1 and 2). */
    private static Object[] arguments(Deadline deadline) {
        String detail = deadline.detail() == null ? "" : deadline.detail();
        String[] meetings = detail.split("/", 2);
        return deadline.kind() == DeadlineKind.MEETING_SHORTFALL && meetings.length == 2
                ? new Object[]{Formats.date(deadline.date()), meetings[0], meetings[1]}
                : new Object[]{Formats.date(deadline.date()), detail};
    }

    private WorkItem returnedItem(ReportRow report, LocalDate today) {
        Urgency urgency = report.dueOn().isBefore(today) ? Urgency.OVERDUE : Urgency.WAITING;
        LocalDate since = report.reviewedAt() == null ? report.dueOn() : report.reviewedAt().atZone(Formats.SWEDISH_TIME).toLocalDate();
        return new WorkItem("agreement-" + report.agreementId() + ".report." + report.label(), urgency,
                urgency == Urgency.OVERDUE ? report.dueOn() : since,
                texts.text("agreements.work.report", report.label(), report.name()),
                texts.text("agreements.work.REPORT_RETURNED", report.reviewComment() == null ? "" : report.reviewComment().strip()),
                followUp(report.agreementId()));
    }

    private WorkItem toReview(ReportRow report) {
        LocalDate submitted = report.submittedAt().atZone(Formats.SWEDISH_TIME).toLocalDate();
        return new WorkItem("agreement-" + report.agreementId() + ".review." + report.label(), Urgency.WAITING, submitted,
                texts.text("agreements.work.report", report.label(), report.name()),
                texts.text("agreements.work.REPORT_SUBMITTED", Formats.date(submitted)), followUp(report.agreementId()));
    }

    private static String followUp(long agreementId) {
        return "agreements/" + agreementId + "?tab=follow-up";
    }
}
