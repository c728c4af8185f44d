package se.samverka.agreements.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.agreements.followup.Indicator;
import se.samverka.agreements.followup.IndicatorKind;

/** A figure the partner reports every period: a count or a short text. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorView(long id, int position, String name, IndicatorKind kind, long version) {

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.id(), i.position(), i.name(), i.kind(), i.version());
    }
}
