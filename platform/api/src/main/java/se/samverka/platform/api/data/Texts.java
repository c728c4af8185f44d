package se.samverka.platform.api.data;

import se.samverka.platform.api.refusal.Refusal;

/**
 * The rules every text field follows: surrounding blanks are dropped, an empty text is no text, and
 * a text has a maximum length that the refusal names (with the field, so forms show it there).
 */
public final class Texts {

    /** Names, titles, registry numbers: one line. */
    public static final int SHORT = 200;
    /** Agreement texts, minutes, reports: many pages (the columns are MEDIUMTEXT). */
    public static final int LONG = 100_000;

    public static final String REQUIRED = "refusal.text.required";
    public static final String TOO_LONG = "refusal.text.too-long";

    private Texts() {
    }

    /**
     * The trimmed text, or null when blank; refused when longer than {@code max}.
     *
     * @param field the message key of the field's name, by convention {@code <module>.field.<name>}
     *              (e.g. {@code "agreements.field.title"}): the refusal then concerns the field {@code name}
     */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new Refusal(TOO_LONG, Refusal.label(field), max);
        }
        return trimmed;
    }

    /** The trimmed text; refused when blank or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new Refusal(REQUIRED, Refusal.label(field));
        }
        return text;
    }

    /**
     * {@link #optional(String, String, int)} for a field whose label is not named after it (the label
     * "groups.field.reference-name" for the field {@code name}): the refusal concerns {@code field}.
     */
    public static String optional(String field, String labelKey, String value, int max) {
        try {
            return optional(labelKey, value, max);
        } catch (Refusal refusal) {
            throw refusal.at(field);
        }
    }

    /** {@link #required(String, String, int)} for a field whose label is not named after it. */
    public static String required(String field, String labelKey, String value, int max) {
        try {
            return required(labelKey, value, max);
        } catch (Refusal refusal) {
            throw refusal.at(field);
        }
    }
}
