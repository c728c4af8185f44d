package se.samverka.partnerships.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;

/** A report's narrative as ICLD asks for it: achievements, deviations from the plan, challenges, lessons learned. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record Narrative(@Nullable String achievements, @Nullable String deviations, @Nullable String challenges,
                        @Nullable String lessons) {

    public static Narrative empty() {
        return new Narrative(null, null, null, null);
    }

    Narrative validated() {
        return new Narrative(Texts.optional("achievements", "partnerships.field.achievements", achievements, Texts.LONG),
                Texts.optional("deviations", "partnerships.field.deviations", deviations, Texts.LONG),
                Texts.optional("challenges", "partnerships.field.challenges", challenges, Texts.LONG),
                Texts.optional("lessons", "partnerships.field.lessons", lessons, Texts.LONG));
    }

    boolean isComplete() {
        return achievements != null && deviations != null && challenges != null && lessons != null;
    }
}
