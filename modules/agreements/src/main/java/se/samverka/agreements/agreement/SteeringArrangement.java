package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

/**
 * How the parties cooperate: a steering group of named functions that meets when needed, "dock
 * minst 2 gånger/år". Which party convenes it is said on the party ({@link PartyTerms#convenesSteeringGroup()}).
 *
 * @param composition e.g. "Representanter från socialtjänsten, skola och Junis"
 */
@Serdeable
public record SteeringArrangement(@Nullable String composition, int minimumMeetingsPerYear) {

    public static final int DEFAULT_MINIMUM_MEETINGS = 2;
    static final int MAX_MINIMUM_MEETINGS = 52;

    public static final SteeringArrangement DEFAULT = new SteeringArrangement(null, DEFAULT_MINIMUM_MEETINGS);

    SteeringArrangement validated() {
        if (minimumMeetingsPerYear < 0 || minimumMeetingsPerYear > MAX_MINIMUM_MEETINGS) {
            throw new Refusal("agreements.steering.minimum-range", minimumMeetingsPerYear, MAX_MINIMUM_MEETINGS).at("steering.minimumMeetingsPerYear");
        }
        return new SteeringArrangement(Texts.optional("agreements.field.steering-composition", composition, Texts.LONG),
                minimumMeetingsPerYear);
    }
}
