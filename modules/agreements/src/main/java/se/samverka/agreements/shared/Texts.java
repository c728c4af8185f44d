package se.samverka.agreements.shared;

/**
 * The rules every text field follows: surrounding blanks are dropped, an empty text is no text, and
 * a text has a maximum length that the refusal names (long Swedish agreement texts fit easily:
 * the free-text columns are MEDIUMTEXT).
 */
public final class Texts {

    /** Names, titles, registry numbers: one line. */
    public static final int SHORT = 200;
    /** Agreement texts, minutes, reports: many pages. */
    public static final int LONG = 100_000;

    private Texts() {
    }

    /**
     * The trimmed text, or null when blank; refused when longer than {@code max}.
     *
     * @param field the message key of the field's name, e.g. {@code "agreements.field.title"}
     */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new Refusal("agreements.text.too-long", Refusal.label(field), max);
        }
        return trimmed;
    }

    /** The trimmed text; refused when blank or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new Refusal("agreements.text.required", Refusal.label(field));
        }
        return text;
    }
}
