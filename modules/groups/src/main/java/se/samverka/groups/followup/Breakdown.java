package se.samverka.groups.followup;

import java.util.List;

/**
 * The breakdowns of a half-year's figures, each over a code list, each summing to at most the figure it
 * breaks down (the reasons for not attending at most those not attending; the services at most the
 * children asked for by another service; the others at most the enrolled). "Unknown" is a category where
 * people often do not know.
 */
public enum Breakdown {
    NOT_ATTENDING_REASONS("notAttendingReasons", Figure.NOT_ATTENDING,
            List.of("MOVED", "FAMILY_DECLINED", "PRACTICAL", "ILLNESS", "OTHER", "UNKNOWN")),
    REFERRING_SERVICES("referringServices", Figure.REQUESTED,
            List.of("SCHOOL", "SOCIAL_SERVICES", "HEALTH_CARE", "CHILD_PSYCHIATRY", "OTHER")),
    HEARD_VIA("heardVia", Figure.ENROLLED,
            List.of("SCHOOL", "SOCIAL_SERVICES", "HEALTH_CARE", "CHILD_PSYCHIATRY", "ORGANISATION", "FAMILY_OR_FRIENDS",
                    "INTERNET", "OTHER", "UNKNOWN")),
    AGE_BANDS("ageBands", Figure.ENROLLED, List.of("AGE_5_6", "AGE_7_9", "AGE_10_12", "AGE_13_17", "ADULT")),
    GENDERS("genders", Figure.ENROLLED, List.of("GIRL", "BOY", "OTHER", "NOT_STATED"));

    private final String field;
    private final Figure parent;
    private final List<String> categories;

    Breakdown(String field, Figure parent, List<String> categories) {
        this.field = field;
        this.parent = parent;
        this.categories = categories;
    }

    /** The API's name of the breakdown ({@code genders}); a category's field is {@code genders.GIRL}. */
    public String field() {
        return field;
    }

    /** The figure the breakdown sums to at most. */
    public Figure parent() {
        return parent;
    }

    public List<String> categories() {
        return categories;
    }

    public String labelKey() {
        return "groups.breakdown." + field;
    }

    public String categoryKey(String category) {
        return "groups.category." + name() + "." + category;
    }
}
