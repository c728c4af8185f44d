package se.samverka.groups.followup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A half-year's counts for a programme: never about a child, only how many. Null is "not given" (allowed
 * for the optional figures and the breakdowns, refused for the required ones when submitted).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record Figures(@Nullable Integer enrolled,
                      @Nullable Integer groupsRunning,
                      @Nullable Integer newChildren,
                      @Nullable Integer remaining,
                      @Nullable Integer notAttending,
                      @Nullable Integer requestedByOtherService,
                      @Nullable Integer violenceExperience,
                      @Nullable Integer waitingList,
                      @Nullable Integer registrations,
                      @Nullable Map<String, Integer> notAttendingReasons,
                      @Nullable Map<String, Integer> referringServices,
                      @Nullable Map<String, Integer> heardVia,
                      @Nullable Map<String, Integer> ageBands,
                      @Nullable Map<String, Integer> genders) {

    public static final Figures NONE = new Figures(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    public Figures {
        notAttendingReasons = copy(notAttendingReasons);
        referringServices = copy(referringServices);
        heardVia = copy(heardVia);
        ageBands = copy(ageBands);
        genders = copy(genders);
    }

    @Nullable
    public Integer value(Figure figure) {
        return switch (figure) {
            case ENROLLED -> enrolled;
            case GROUPS_RUNNING -> groupsRunning;
            case NEW -> newChildren;
            case REMAINING -> remaining;
            case NOT_ATTENDING -> notAttending;
            case REQUESTED -> requestedByOtherService;
            case VIOLENCE -> violenceExperience;
            case WAITING_LIST -> waitingList;
            case REGISTRATIONS -> registrations;
        };
    }

    /** The counts of a breakdown by category (only the categories given). */
    public Map<String, Integer> breakdown(Breakdown breakdown) {
        Map<String, Integer> counts = switch (breakdown) {
            case NOT_ATTENDING_REASONS -> notAttendingReasons;
            case REFERRING_SERVICES -> referringServices;
            case HEARD_VIA -> heardVia;
            case AGE_BANDS -> ageBands;
            case GENDERS -> genders;
        };
        return counts == null ? Map.of() : counts;
    }

    /** Every figure given, by figure: for the audit log (counts changed, never text). */
    public Map<String, String> asFieldValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Figure figure : Figure.values()) {
            values.put(figure.field(), value(figure) == null ? null : value(figure).toString());
        }
        for (Breakdown breakdown : Breakdown.values()) {
            breakdown(breakdown).forEach((category, count) ->
                    values.put(breakdown.field() + "." + category, count == null ? null : count.toString()));
        }
        return values;
    }

    private static Map<String, Integer> copy(Map<String, Integer> counts) {
        if (counts == null) {
            return null;
        }
        Map<String, Integer> copy = new LinkedHashMap<>();
        counts.forEach((category, count) -> {
            if (count != null) {
                copy.put(category, count);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
