package se.samverka.platform.api.search;

import se.samverka.platform.api.data.SearchText;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What someone typed into the search field, as words that must all be found (in any of a record's searched
 * texts, any part of a word: {@code förening} finds {@code Föreningen}). At most {@link #MAX} words are used,
 * so that a module's hand-written query takes a fixed number of patterns: {@link #pattern(int)}.
 */
public record SearchWords(List<String> words) {

    /** How many words a query matches; more are ignored. */
    public static final int MAX = 3;

    /** The longest word used, so a pasted text does not become a pattern the database chews on. */
    public static final int MAX_LENGTH = 100;

    public SearchWords {
        words = List.copyOf(words);
    }

    /** The words of a text, lower-cased, at most {@link #MAX}. */
    public static SearchWords of(String text) {
        if (text == null || text.isBlank()) {
            return new SearchWords(List.of());
        }
        return new SearchWords(Arrays.stream(text.strip().split("\\s+"))
                .map(word -> word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word)
                .map(word -> word.toLowerCase(Locale.ROOT))
                .distinct().limit(MAX).toList());
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words as one text, e.g. for a search of a single name. */
    public String text() {
        return String.join(" ", words);
    }

    /**
     * The i-th word (0 to {@link #MAX} - 1) as a lower-case LIKE pattern that matches it anywhere (compare
     * with {@code LOWER(text)}); {@code %} for a word not given, which matches any text that is not null.
     */
    public String pattern(int i) {
        return i < words.size() ? SearchText.containsPattern(words.get(i)) : "%";
    }

    /**
     * The words around the first of the words in a text, for a hit's context line: at most about
     * {@code width} characters, with "…" where cut. The text's start when none of them is in it.
     */
    public String excerpt(String text, int width) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        String lower = flat.toLowerCase(Locale.ROOT);
        int at = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, at - width / 3);
        if (start > 0) {
            int space = flat.indexOf(' ', start);
            start = space >= 0 && space < at ? space + 1 : start;
        }
        int end = Math.min(flat.length(), start + width);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > at ? space : end;
        }
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }
}
