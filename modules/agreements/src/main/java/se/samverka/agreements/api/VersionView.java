package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.agreements.history.AgreementVersion;
import se.samverka.agreements.history.Difference;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;

import java.time.Instant;

/** One decided version of an agreement (1 = the original, then one per amendment). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VersionView(int versionNumber, AgreementStatus status, @Nullable Decision decision,
                          @Nullable String reason, Instant recordedAt, String recordedBy) {

    static VersionView of(AgreementVersion v) {
        return new VersionView(v.versionNumber(), v.status(), v.decision().orElse(null), v.reason(), v.recordedAt(),
                v.recordedBy());
    }

    /** One field that differs between two versions, e.g. {@code period.start}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DifferenceView(String field, @Nullable String before, @Nullable String after) {
        static DifferenceView of(Difference d) {
            return new DifferenceView(d.field(), d.before(), d.after());
        }
    }
}
