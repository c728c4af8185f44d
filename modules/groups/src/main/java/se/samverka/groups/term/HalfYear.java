package se.samverka.groups.term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reporting period of the follow-up: the first (January–June) or second (July–December) half of a year,
 * as seed 003 asks ("varje halvårsskifte"). Its figures are due by the end of the month after it ends,
 * when the steering group meets at the turn of the half-year.
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    /** How many days before a half-year ends its figures are asked for. */
    public static final int REMIND_DAYS_BEFORE_END = 14;

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("A year has two halves, not " + half);
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Not a half-year's year: " + year);
        }
    }

    public static HalfYear of(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The last day of the month after the half-year: 31 July and 31 January. */
    public LocalDate due() {
        return end().plusMonths(1).withDayOfMonth(end().plusMonths(1).lengthOfMonth());
    }

    /** When the partner is first reminded: two weeks before the half-year ends. */
    public LocalDate remindFrom() {
        return end().minusDays(REMIND_DAYS_BEFORE_END);
    }

    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(due());
    }

    public HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    public Term term() {
        return new Term(year, half == 1 ? Term.Kind.VT : Term.Kind.HT);
    }

    /** The half-years that overlap a period, oldest first. */
    public static List<HalfYear> between(LocalDate from, LocalDate to) {
        List<HalfYear> halves = new ArrayList<>();
        for (HalfYear h = of(from); !h.start().isAfter(to); h = h.next()) {
            halves.add(h);
        }
        return halves;
    }

    /** A key for URLs and the API: {@code 2025-1}. */
    public String key() {
        return year + "-" + half;
    }

    public static Optional<HalfYear> parseKey(String key) {
        if (key == null || !key.matches("\\d{4}-[12]")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(key.substring(0, 4));
        return year < 2000 || year > 2100 ? Optional.empty()
                : Optional.of(new HalfYear(year, key.charAt(5) - '0'));
    }

    @Override
    public int compareTo(HalfYear other) {
        return Integer.compare(year * 2 + half, other.year * 2 + other.half);
    }

    @Override
    public String toString() {
        return key();
    }
}
