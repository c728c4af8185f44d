package se.samverka.groups.term;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school term: VT (vårtermin, January to June) or HT (hösttermin, July to December) of a year. The
 * follow-up's half-years are the same halves of the year, so a term's groups report in its half-year.
 */
public record Term(int year, Kind kind) implements Comparable<Term> {

    private static final Pattern TEXT = Pattern.compile("(?i)\\s*(VT|HT)\\s*-?\\s*(\\d{4})\\s*");

    /** The spring or the autumn term. */
    public enum Kind {
        VT, HT
    }

    public Term {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Not a term's year: " + year);
        }
    }

    public static Term of(LocalDate day) {
        return new Term(day.getYear(), day.getMonthValue() <= 6 ? Kind.VT : Kind.HT);
    }

    /** "VT 2025", "ht2025", "HT-2025". */
    public static Optional<Term> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        return year < 2000 || year > 2100 ? Optional.empty()
                : Optional.of(new Term(year, Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT))));
    }

    public LocalDate start() {
        return kind == Kind.VT ? LocalDate.of(year, Month.JANUARY, 1) : LocalDate.of(year, Month.JULY, 1);
    }

    public LocalDate end() {
        return kind == Kind.VT ? LocalDate.of(year, Month.JUNE, 30) : LocalDate.of(year, Month.DECEMBER, 31);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public Term next() {
        return kind == Kind.VT ? new Term(year, Kind.HT) : new Term(year + 1, Kind.VT);
    }

    public Term previous() {
        return kind == Kind.HT ? new Term(year, Kind.VT) : new Term(year - 1, Kind.HT);
    }

    public HalfYear halfYear() {
        return new HalfYear(year, kind == Kind.VT ? 1 : 2);
    }

    @Override
    public int compareTo(Term other) {
        return Integer.compare(year * 2 + kind.ordinal(), other.year * 2 + other.kind.ordinal());
    }

    @Override
    public String toString() {
        return kind + " " + year;
    }
}
