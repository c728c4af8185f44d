package se.samverka.platform.api.data;

import java.util.Locale;

/** A user's search text as a SQL LIKE pattern that matches it anywhere, wildcards in the text taken literally. */
public final class SearchText {

    private SearchText() {
    }

    /** {@code null} for no text; otherwise {@code %text%}, lower-cased (compare with {@code LOWER(column)}). */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
