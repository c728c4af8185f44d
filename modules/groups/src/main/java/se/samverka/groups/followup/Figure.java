package se.samverka.groups.followup;

import java.util.Locale;

/** The counts of a half-year's follow-up that seed 003 asks for, and two optional ones. */
public enum Figure {
    ENROLLED("enrolled", true),
    GROUPS_RUNNING("groupsRunning", true),
    NEW("newChildren", true),
    REMAINING("remaining", true),
    NOT_ATTENDING("notAttending", true),
    REQUESTED("requestedByOtherService", true),
    VIOLENCE("violenceExperience", true),
    WAITING_LIST("waitingList", false),
    REGISTRATIONS("registrations", false);

    private final String field;
    private final boolean required;

    Figure(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    /** The API's name of the figure, and the field a refusal concerns. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    /** Its name in a message: {@code groups.field.<name>}, named after the field. */
    public String labelKey() {
        return "groups.field." + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
