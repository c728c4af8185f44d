package se.samverka.agreements.benchmark;

import se.samverka.agreements.agreement.AgreementForm;
import se.samverka.agreements.agreement.ReportingFrequency;
import se.samverka.agreements.followup.IndicatorKind;
import se.samverka.agreements.followup.ReportStatus;
import se.samverka.agreements.followup.ReportingScheduleForTests;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.validation.OrganisationNumbers;
import se.samverka.testkit.benchmark.BatchInsert;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's records straight into the module's tables (created by its Flyway
 * migrations when the portal started): for every tenant a pool of partner organisations, and its
 * agreements with parties, signatories, indicators, reporting periods (planned by the module's own
 * schedule), reports with figures and steering-group meetings, across the whole lifecycle. The
 * database's constraints stay on, so every row satisfies them. Seeded: the same data every run.
 */
final class BenchmarkData {

    /** Organisations in the whole country that tenants draw their partners from; one organisation can work with many tenants. */
    private static final int ORGANISATIONS = 20_000;
    /** Agreements written between two flushes (parents first, so that foreign keys hold). */
    private static final int CHUNK = 500;

    private static final String[] TOPICS = {
            "Stödgrupper för barn och unga som anhöriga", "Samtalsstöd för unga vuxna", "Läxhjälp och studiestöd",
            "Integration genom idrott", "Kvinnojour och skyddat boende", "Mötesplats för äldre",
            "Sommarlovsaktiviteter", "Feriearbete för ungdomar", "Stöd till personer i hemlöshet",
            "Friluftsliv för familjer", "Språkcafé för nyanlända", "Föräldrastöd", "Brottsofferstöd",
            "Stödboende för unga", "Kulturverksamhet för barn"};
    private static final String[] KINDS_OF_ORGANISATION = {"förening", "stiftelse", "distrikt", "samtalscenter", "ideella förening"};
    private static final String ATTENDEES = "Ordförande\nVerksamhetschef\nHandläggare\nEkonom";

    private final Connection connection;
    private final LocalDate today;
    private final Instant now;
    private final Ids ids;
    private final Map<String, BatchInsert> tables = new LinkedHashMap<>();
    private final List<PartnerRef> pool = new ArrayList<>();

    private record PartnerRef(long id, String name, String organisationNumber, String alias) {
    }

    /** How many rows each table got. */
    record Written(Map<String, Long> rows, long millis) {
        long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private BenchmarkData(Connection connection, LocalDate today) throws SQLException {
        this.connection = connection;
        this.today = today;
        this.now = today.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        this.ids = new Ids(connection);
        // declared parents first: flushAll() sends them in this order
        table("partner_organisation", "id", "tenant_id", "name", "organisation_number", "kind", "country",
                "directory_alias", "contact_person", "email", "phone", "created_at", "created_by", "updated_at",
                "updated_by", "version");
        table("agreements_agreement", "id", "tenant_id", "registry_number", "title", "form", "status", "purpose",
                "target_group", "activities", "overall_goals", "steering_composition", "minimum_meetings_per_year",
                "reporting_frequency", "report_due_days", "period_start", "period_end", "renewal_notice_months",
                "renewal_talks_start", "decision_body", "decision_date", "decision_registry_number", "version_number",
                "created_at", "created_by", "updated_at", "updated_by", "version");
        table("agreements_party", "id", "tenant_id", "agreement_id", "position", "partner_id", "name",
                "organisation_number", "convenes_steering_group");
        table("agreements_signatory", "id", "tenant_id", "agreement_id", "party_id", "position", "name", "role", "signed_on");
        table("agreements_indicator", "id", "tenant_id", "agreement_id", "position", "name", "kind", "version");
        table("agreements_reporting_period", "id", "tenant_id", "agreement_id", "label", "starts_on", "ends_on", "due_on");
        table("agreements_report", "id", "tenant_id", "agreement_id", "period_id", "status", "text", "submitted_at",
                "submitted_by", "reviewed_at", "reviewed_by", "review_comment", "version");
        table("agreements_report_figure", "id", "tenant_id", "report_id", "indicator_id", "number_value", "text_value");
        table("agreements_meeting", "id", "tenant_id", "agreement_id", "status", "meeting_date", "attendee_functions",
                "minutes", "decisions", "created_at", "created_by", "updated_at", "updated_by", "version");
    }

    /** Generates everything for the tenants (which the platform has created from their files). */
    static Written generate(Connection connection, BenchmarkTenants tenants, LocalDate today) throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        BenchmarkData data = new BenchmarkData(connection, today);
        try {
            for (BenchmarkTenants.Tenant tenant : tenants.all()) {
                data.tenant(tenant, new SplittableRandom(tenant.id().hashCode()));
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<String, BatchInsert> table : data.tables.entrySet()) {
                table.getValue().close();
                rows.put(table.getKey(), table.getValue().rows());
            }
            return new Written(rows, (System.nanoTime() - started) / 1_000_000);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void tenant(BenchmarkTenants.Tenant tenant, SplittableRandom random) throws SQLException {
        partners(tenant, random);
        for (int i = 0; i < tenant.agreements(); i++) {
            agreement(tenant, i, random);
            if ((i + 1) % CHUNK == 0) {
                flushAll();
            }
        }
        flushAll();
        connection.commit();
    }

    /** The tenant's register: about one organisation per three agreements, drawn from the country's. */
    private void partners(BenchmarkTenants.Tenant tenant, SplittableRandom random) throws SQLException {
        pool.clear();
        int size = Math.max(4, tenant.agreements() / 3);
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        while (chosen.size() < size) {
            chosen.add(random.nextInt(ORGANISATIONS));
        }
        for (int organisation : chosen) {
            long id = ids.next("partner_organisation");
            boolean foundation = organisation % 7 == 0;
            String name = "Organisation " + organisation + " " + KINDS_OF_ORGANISATION[organisation % KINDS_OF_ORGANISATION.length];
            String number = organisationNumber(organisation);
            table("partner_organisation").row(id, tenant.id(), name, number,
                    foundation ? PartnerKind.FOUNDATION : PartnerKind.NON_PROFIT_ASSOCIATION, null, alias(organisation),
                    "Kontakt " + organisation, "kontakt@org" + organisation + ".example", "031-" + (100000 + organisation),
                    now, tenant.officer(), now, tenant.officer(), 0L);
            pool.add(new PartnerRef(id, name, number, alias(organisation)));
        }
        table("partner_organisation").flush();
    }

    private void agreement(BenchmarkTenants.Tenant tenant, int index, SplittableRandom random) throws SQLException {
        long id = ids.next("agreements_agreement");
        AgreementStatus status = status(random);
        AgreementForm form = random.nextInt(100) < 80 ? AgreementForm.IOP : random.nextBoolean() ? AgreementForm.GRANT : AgreementForm.OTHER;
        ReportingFrequency frequency = frequency(random);
        int noticeMonths = random.nextInt(10) < 8 ? 6 : random.nextBoolean() ? 3 : 12;
        LocalDate[] period = period(status, random);
        LocalDate start = period[0];
        LocalDate end = period[1];
        LocalDate renewal = end == null ? null : end.minusMonths(noticeMonths);
        int year = start == null ? today.getYear() : start.getYear();
        String registry = status == AgreementStatus.DRAFT && random.nextBoolean() ? null
                : (tenant.region() ? "RS " : "KS ") + year + "/" + (index + 1);
        boolean decided = status.ordinal() >= AgreementStatus.DECIDED.ordinal();
        LocalDate decisionDate = decided ? min(today, start.minusDays(14 + random.nextInt(60))) : null;

        int partnerCount = random.nextInt(100) < 70 ? 1 : random.nextInt(100) < 75 ? 2 : 3;
        List<PartnerRef> partners = pickPartners(partnerCount, random);
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        Instant changed = now.minusSeconds(random.nextLong(3L * 365 * 24 * 3600));
        table("agreements_agreement").row(id, tenant.id(), registry, topic + " – " + partners.get(0).name(), form, status,
                "Syftet med partnerskapet är att " + topic.toLowerCase(Locale.ROOT) + " ska nå fler i " + tenant.name()
                        + ", genom att kommunen och " + partners.get(0).name() + " bidrar med det var och en är bäst på.",
                "Barn, unga och vuxna i " + tenant.name() + " som behöver stöd.",
                "Gruppträffar, enskilda samtal, information till skolor och vårdcentraler, utbildning av volontärer.",
                "Fler ska få stöd i tid, och verksamheten ska följas upp varje halvår.",
                "Styrgruppen består av en representant för varje part och sammanträder minst två gånger per år.",
                2, frequency, 30, start, end, noticeMonths, renewal,
                decided ? (tenant.region() ? "Regionstyrelsen" : "Kommunstyrelsen") : null, decisionDate,
                decided ? registry : null, decided && random.nextInt(10) == 0 ? 2 : 1,
                changed.minusSeconds(86_400L * 30), tenant.officer(), changed, tenant.officer(), (long) random.nextInt(5));

        parties(tenant, id, partners, status, decisionDate, random);
        if (start == null || end == null) {
            return;
        }
        long[] indicators = indicators(tenant, id);
        periodsAndReports(tenant, id, partners.get(0), status, start, end, frequency, indicators, random);
        if (decided) {
            meetings(tenant, id, status, start, end, random);
        }
    }

    private void parties(BenchmarkTenants.Tenant tenant, long agreementId, List<PartnerRef> partners,
                               AgreementStatus status, LocalDate decisionDate, SplittableRandom random) throws SQLException {
        boolean signed = status == AgreementStatus.ACTIVE || status == AgreementStatus.ENDED || status == AgreementStatus.TERMINATED;
        for (int position = 0; position <= partners.size(); position++) {
            long partyId = ids.next("agreements_party");
            PartnerRef partner = position == 0 ? null : partners.get(position - 1);
            table("agreements_party").row(partyId, tenant.id(), agreementId, position, partner == null ? null : partner.id(),
                    partner == null ? tenant.name() : partner.name(), partner == null ? null : partner.organisationNumber(),
                    position == 0);
            if (decisionDate != null) {
                table("agreements_signatory").row(ids.next("agreements_signatory"), tenant.id(), agreementId, partyId, 0,
                        "Undertecknare " + partyId, position == 0 ? "Ordförande, kommunstyrelsen" : "Ordförande",
                        signed ? decisionDate.plusDays(random.nextInt(20)) : null);
            }
        }
    }

    private long[] indicators(BenchmarkTenants.Tenant tenant, long agreementId) throws SQLException {
        long number = ids.next("agreements_indicator");
        long text = ids.next("agreements_indicator");
        table("agreements_indicator").row(number, tenant.id(), agreementId, 0, "Antal deltagare", IndicatorKind.NUMBER, 0L);
        table("agreements_indicator").row(text, tenant.id(), agreementId, 1, "Från vilken verksamhet kom deltagarna", IndicatorKind.TEXT, 0L);
        return new long[]{number, text};
    }

    /** The periods the module's schedule plans; reports for most periods that have ended. */
    private void periodsAndReports(BenchmarkTenants.Tenant tenant, long agreementId, PartnerRef partner,
                                   AgreementStatus status, LocalDate start, LocalDate end, ReportingFrequency frequency,
                                   long[] indicators, SplittableRandom random) throws SQLException {
        boolean reporting = status == AgreementStatus.ACTIVE || status == AgreementStatus.ENDED || status == AgreementStatus.TERMINATED;
        String submitter = "partner." + partner.alias();
        for (ReportingScheduleForTests.Period period : ReportingScheduleForTests.plan(start, end, frequency, 30)) {
            long periodId = ids.next("agreements_reporting_period");
            table("agreements_reporting_period").row(periodId, tenant.id(), agreementId, period.label(),
                    period.startsOn(), period.endsOn(), period.dueOn());
            if (!reporting || !period.endsOn().isBefore(today)) {
                continue;
            }
            boolean due = period.dueOn().isBefore(today);
            if (random.nextInt(100) >= (due ? 85 : 30)) {
                continue; // not reported (yet): overdue if due
            }
            ReportStatus reportStatus = !due ? ReportStatus.SUBMITTED : switch (random.nextInt(100) / 10) {
                case 0 -> ReportStatus.RETURNED;
                case 1 -> ReportStatus.SUBMITTED;
                default -> ReportStatus.ACCEPTED;
            };
            Instant submitted = min(period.dueOn(), today).atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC)
                    .minusSeconds(86_400L * random.nextInt(20));
            boolean reviewed = reportStatus != ReportStatus.SUBMITTED;
            long reportId = ids.next("agreements_report");
            table("agreements_report").row(reportId, tenant.id(), agreementId, periodId, reportStatus,
                    "Under perioden har verksamheten genomförts enligt plan. Antalet deltagare ökade något.",
                    submitted, submitter, reviewed ? min(submitted.plusSeconds(86_400L * 7), now) : null,
                    reviewed ? tenant.officer() : null,
                    reportStatus == ReportStatus.RETURNED ? "Siffrorna för andra kvartalet saknas, komplettera gärna." : null, 0L);
            table("agreements_report_figure").row(ids.next("agreements_report_figure"), tenant.id(), reportId,
                    indicators[0], (long) random.nextInt(400), null);
            table("agreements_report_figure").row(ids.next("agreements_report_figure"), tenant.id(), reportId,
                    indicators[1], null, "Skolkurator, BUP och socialtjänst");
        }
    }

    /** Two meetings a year (spring, autumn) while the agreement runs; held or sometimes cancelled when past, planned up to a year ahead. */
    private void meetings(BenchmarkTenants.Tenant tenant, long agreementId, AgreementStatus status, LocalDate start,
                          LocalDate end, SplittableRandom random) throws SQLException {
        LocalDate horizon = today.plusYears(1);
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            for (int month : new int[]{4, 10}) {
                LocalDate date = LocalDate.of(year, month, 5 + random.nextInt(20));
                if (date.isBefore(start) || date.isAfter(end) || date.isAfter(horizon)
                        || (status == AgreementStatus.TERMINATED && !date.isBefore(today)) || random.nextInt(100) < 8) {
                    continue; // some agreements miss a meeting: the minimum-meetings warning has work to do
                }
                boolean past = date.isBefore(today);
                MeetingStatus meeting = !past ? MeetingStatus.PLANNED : random.nextInt(100) < 92 ? MeetingStatus.HELD : MeetingStatus.CANCELLED;
                Instant changed = min(date, today).atTime(LocalTime.of(15, 0)).toInstant(ZoneOffset.UTC);
                table("agreements_meeting").row(ids.next("agreements_meeting"), tenant.id(), agreementId, meeting, date,
                        ATTENDEES,
                        meeting == MeetingStatus.HELD ? "Genomgång av verksamheten och halvårsrapporten. Inga avvikelser." : null,
                        meeting == MeetingStatus.HELD ? "Styrgruppen godkände rapporten." : null,
                        changed, tenant.officer(), changed, tenant.officer(), 0L);
            }
        }
    }

    /** Most agreements run or have ended; a few are being prepared or were terminated. */
    private static AgreementStatus status(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 5) {
            return AgreementStatus.DRAFT;
        } else if (r < 10) {
            return AgreementStatus.PROPOSED;
        } else if (r < 15) {
            return AgreementStatus.DECIDED;
        } else if (r < 60) {
            return AgreementStatus.ACTIVE;
        } else if (r < 94) {
            return AgreementStatus.ENDED;
        }
        return AgreementStatus.TERMINATED;
    }

    private static ReportingFrequency frequency(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 80 ? ReportingFrequency.HALF_YEARLY : r < 95 ? ReportingFrequency.YEARLY : ReportingFrequency.QUARTERLY;
    }

    /** Start and end (whole years from the first of a month), consistent with the status; a third of the drafts have none yet. */
    private LocalDate[] period(AgreementStatus status, SplittableRandom random) {
        int years = 1 + random.nextInt(4);
        LocalDate start = switch (status) {
            case DRAFT, PROPOSED, DECIDED -> firstOfMonth(today.plusMonths(1 + random.nextInt(8)));
            case ACTIVE -> firstOfMonth(today.minusMonths(random.nextInt(years * 12)));
            case ENDED -> firstOfMonth(today.minusMonths(years * 12L + 1 + random.nextInt(72)));
            case TERMINATED -> firstOfMonth(today.minusMonths(6 + random.nextInt(48)));
        };
        if (status == AgreementStatus.DRAFT && random.nextInt(3) == 0) {
            return new LocalDate[]{null, null};
        }
        LocalDate end = start.plusYears(years).minusDays(1);
        if (status == AgreementStatus.ACTIVE && end.isBefore(today)) {
            end = start.plusYears(years + 1L).minusDays(1);
        }
        return new LocalDate[]{start, end};
    }

    /** Partners from the tenant's pool, skewed so that some organisations are party to many agreements. */
    private List<PartnerRef> pickPartners(int count, SplittableRandom random) {
        List<PartnerRef> picked = new ArrayList<>();
        while (picked.size() < Math.min(count, pool.size())) {
            double u = random.nextDouble();
            PartnerRef candidate = pool.get((int) (pool.size() * u * u));
            if (!picked.contains(candidate)) {
                picked.add(candidate);
            }
        }
        return picked;
    }

    /** The directory alias of an organisation of the country: the same in every tenant it works with. */
    static String alias(int organisation) {
        return "org-" + organisation;
    }

    /** A valid Swedish organisation number of a non-profit association (starts with 8), unique per organisation. */
    static String organisationNumber(int organisation) {
        String nine = String.format(Locale.ROOT, "802%06d", organisation);
        for (int check = 0; check <= 9; check++) {
            if (OrganisationNumbers.hasValidCheckDigit(nine + check)) {
                return OrganisationNumbers.canonical(nine + check);
            }
        }
        throw new IllegalStateException("no check digit for " + nine);
    }

    private static LocalDate firstOfMonth(LocalDate date) {
        return date.withDayOfMonth(1);
    }

    private static <T extends Comparable<? super T>> T min(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void table(String name, String... columns) throws SQLException {
        tables.put(name, new BatchInsert(connection, name, columns));
    }

    private BatchInsert table(String name) {
        return tables.get(name);
    }

    private void flushAll() throws SQLException {
        for (BatchInsert table : tables.values()) {
            table.flush();
        }
    }

    /** Ids assigned here (the tables are AUTO_INCREMENT, explicit values are accepted), so that children can name their parents. */
    private static final class Ids {
        private final Connection connection;
        private final Map<String, Long> next = new LinkedHashMap<>();

        Ids(Connection connection) {
            this.connection = connection;
        }

        long next(String table) throws SQLException {
            Long id = next.get(table);
            if (id == null) {
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            next.put(table, id + 1);
            return id;
        }
    }
}
