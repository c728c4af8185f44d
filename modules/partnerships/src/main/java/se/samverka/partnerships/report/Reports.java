package se.samverka.partnerships.report;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A partnership's reports to ICLD, as the phases schedule them ({@link ScheduledReport}): started as a draft,
 * written, submitted to ICLD (with the whole narrative) and approved by ICLD. Changers write them.
 */
@Singleton
public class Reports {

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ReportRepository extends CrudRepository<Report, Long> {

        List<Report> findByPartnershipId(long partnershipId);

        List<Report> findByPartnershipIdIn(Collection<Long> partnershipIds);
    }

    private final ReportRepository reports;
    private final Phases phases;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Reports(ReportRepository reports, Phases phases, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.phases = phases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every report the partnership's phases call for, by due date, with the started ones' state. */
    @Transactional(readOnly = true)
    public List<ScheduledReport> schedule(long partnershipId) {
        return scheduled(phases.of(partnershipId), reports.findByPartnershipId(partnershipId));
    }

    /**
     * The schedules of partnerships the caller has read (and so may see), by partnership: two queries however
     * many there are.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<ScheduledReport>> schedules(Collection<Partnership> visible) {
        return schedules(visible, phases.ofPartnerships(visible));
    }

    /** As {@link #schedules(Collection)}, for a caller that has read the partnerships' phases already: one query. */
    @Transactional(readOnly = true)
    public Map<Long, List<ScheduledReport>> schedules(Collection<Partnership> visible, List<Phase> theirPhases) {
        if (visible.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Report>> started = reports.findByPartnershipIdIn(visible.stream().map(Partnership::id).toList()).stream()
                .collect(Collectors.groupingBy(Report::partnershipId));
        Map<Long, List<Phase>> phased = theirPhases.stream().collect(Collectors.groupingBy(Phase::partnershipId));
        Map<Long, List<ScheduledReport>> all = new HashMap<>();
        phased.forEach((id, itsPhases) -> all.put(id, scheduled(itsPhases, started.getOrDefault(id, List.of()))));
        return all;
    }

    private static List<ScheduledReport> scheduled(List<Phase> itsPhases, List<Report> started) {
        List<ScheduledReport> all = new ArrayList<>();
        for (Phase phase : itsPhases) {
            for (ScheduledReport due : ScheduledReport.of(phase)) {
                all.add(started.stream().filter(due::matches).findFirst().map(due::started).orElse(due));
            }
        }
        all.sort(Comparator.comparing(ScheduledReport::dueOn));
        return all;
    }

    /** Starts a report the schedule calls for, as a draft with its first text. */
    @Transactional
    public Report start(long phaseId, ReportKind kind, int year, Narrative input) {
        Phase phase = phases.require(phaseId);
        String actor = currentUser.requireChanger();
        ScheduledReport due = ScheduledReport.of(phase).stream().filter(s -> s.kind() == kind && s.accountingYear() == year)
                .findFirst().orElseThrow(() -> new Refusal("partnerships.report.not-scheduled", year).at("accountingYear"));
        if (reports.findByPartnershipId(phase.partnershipId()).stream().anyMatch(due::matches)) {
            throw new Refusal("partnerships.report.already-started", year).at("accountingYear");
        }
        Narrative n = (input == null ? Narrative.empty() : input).validated();
        Instant now = clock.instant();
        Report saved = reports.save(new Report(null, null, phase.partnershipId(), phaseId, kind, year, due.dueOn(), ReportStatus.DRAFT,
                n.achievements(), n.deviations(), n.challenges(), n.lessons(), null, null, now, actor, now, actor, null));
        audit.record("create", Report.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(n));
        return saved;
    }

    /** Changes a draft's text. */
    @Transactional
    public Report write(long reportId, Long expectedVersion, Narrative input) {
        Report current = Records.atVersion(Report.RECORD_LABEL, reportId, find(reportId), expectedVersion);
        String actor = currentUser.requireChanger();
        if (current.status() != ReportStatus.DRAFT) {
            throw new Refusal("partnerships.report.not-a-draft", Refusal.label(current.status().labelKey()));
        }
        Narrative n = input.validated();
        return save(current, current.with(n, ReportStatus.DRAFT, null, null, clock.instant(), actor), "update");
    }

    /** The report went to ICLD on that day; every part of the narrative must be written. */
    @Transactional
    public Report submit(long reportId, Long expectedVersion, LocalDate submittedOn) {
        Report current = Records.atVersion(Report.RECORD_LABEL, reportId, find(reportId), expectedVersion);
        String actor = currentUser.requireChanger();
        if (current.status() != ReportStatus.DRAFT) {
            throw new Refusal("partnerships.report.not-a-draft", Refusal.label(current.status().labelKey()));
        }
        if (!current.narrative().isComplete()) {
            throw new Refusal("partnerships.report.incomplete").at(firstMissing(current.narrative()));
        }
        LocalDate on = submittedOn == null ? LocalDate.now(clock) : submittedOn;
        return save(current, current.with(current.narrative(), ReportStatus.SUBMITTED, on, null, clock.instant(), actor), "submit");
    }

    /** ICLD approved the submitted report on that day. */
    @Transactional
    public Report approve(long reportId, Long expectedVersion, LocalDate approvedOn) {
        Report current = Records.atVersion(Report.RECORD_LABEL, reportId, find(reportId), expectedVersion);
        String actor = currentUser.requireChanger();
        if (current.status() != ReportStatus.SUBMITTED) {
            throw new Refusal("partnerships.report.not-submitted");
        }
        LocalDate on = approvedOn == null ? LocalDate.now(clock) : approvedOn;
        return save(current, current.with(current.narrative(), ReportStatus.APPROVED, current.submittedOn(), on, clock.instant(), actor),
                "approve");
    }

    @Transactional(readOnly = true)
    public Optional<Report> find(long reportId) {
        return reports.findById(reportId).filter(r -> phases.find(r.phaseId()).isPresent());
    }

    public Report require(long reportId) {
        return find(reportId).orElseThrow(() -> new RecordNotFound(Report.RECORD_LABEL, reportId));
    }

    private Report save(Report current, Report next, String action) {
        Report saved = Records.write(Report.RECORD_LABEL, current.id(), () -> reports.update(next), () -> reports.findById(current.id()));
        audit.record(action, Report.RECORD_TYPE, String.valueOf(current.id()),
                FieldValues.changes(FieldValues.of(current.narrative()), FieldValues.of(next.narrative())));
        return saved;
    }

    private static String firstMissing(Narrative n) {
        return n.achievements() == null ? "achievements" : n.deviations() == null ? "deviations"
                : n.challenges() == null ? "challenges" : "lessons";
    }
}
