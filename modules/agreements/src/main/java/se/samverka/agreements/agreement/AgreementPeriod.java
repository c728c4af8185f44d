package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.refusal.Refusal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * When an agreement runs, and how long before its end the parties start talking about renewing it
 * ("senast sex månader innan denna överenskommelse slutligen upphör ska parterna påbörja en
 * diskussion kring förnyad överenskommelse"). A draft may leave the dates open; the end never
 * precedes the start.
 *
 * @param renewalNoticeMonths how many months before the end the renewal talks must start (default 6)
 */
@Serdeable
public record AgreementPeriod(@Nullable LocalDate start, @Nullable LocalDate end, int renewalNoticeMonths) {

    public static final int DEFAULT_RENEWAL_NOTICE_MONTHS = 6;
    static final int MAX_RENEWAL_NOTICE_MONTHS = 36;
    /** Long-term, not unbounded: a typo such as 2204 for 2024 should not plan two centuries of reports. */
    static final int MAX_YEARS = 25;

    public static AgreementPeriod of(LocalDate start, LocalDate end) {
        return new AgreementPeriod(start, end, DEFAULT_RENEWAL_NOTICE_MONTHS);
    }

    /** The period itself, or a refusal that names what is wrong with it. */
    public AgreementPeriod validated() {
        if (start != null && end != null && end.isBefore(start)) {
            // the decision in seed 003 literally says "2024-01-01 till 2023-12-31": say so, store nothing
            throw new Refusal("agreements.period.end-before-start", start, end).at("period.end");
        }
        if (start != null && end != null && end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new Refusal("agreements.period.too-long", start, end, MAX_YEARS).at("period.end");
        }
        if (renewalNoticeMonths < 0 || renewalNoticeMonths > MAX_RENEWAL_NOTICE_MONTHS) {
            throw new Refusal("agreements.period.renewal-notice-range", renewalNoticeMonths, MAX_RENEWAL_NOTICE_MONTHS).at("period.renewalNoticeMonths");
        }
        return this;
    }

    public boolean isComplete() {
        return start != null && end != null;
    }

    /**
     * The date by which the renewal talks must start: the end date minus the notice months (the
     * last day of a shorter month when the day does not exist there, e.g. 31 August less six months
     * is 28 February).
     */
    public Optional<LocalDate> renewalTalksStart() {
        return Optional.ofNullable(end).map(e -> e.minusMonths(renewalNoticeMonths));
    }

    /** Whether the date is within the period, both ends included. */
    public boolean contains(LocalDate date) {
        return isComplete() && !date.isBefore(start) && !date.isAfter(end);
    }

    /** The calendar years the period touches, e.g. 2024, 2025, 2026 for 2024-01-01 – 2026-12-31. */
    public IntStream years() {
        return isComplete() ? IntStream.rangeClosed(start.getYear(), end.getYear()) : IntStream.empty();
    }
}
