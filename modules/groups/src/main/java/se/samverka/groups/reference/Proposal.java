package se.samverka.groups.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.EditedRecord;

import java.time.Instant;
import java.time.LocalDate;

/** A proposal the reference group forwarded to its steering group, and what became of it. */
@Serdeable
@MappedEntity("groups_proposal")
public record Proposal(@Id @GeneratedValue @Nullable Long id,
                       @TenantId @Nullable String tenantId,
                       long referenceGroupId,
                       String title,
                       @Nullable String description,
                       Status status,
                       LocalDate forwardedOn,
                       @Nullable String response,
                       Instant createdAt,
                       String createdBy,
                       Instant updatedAt,
                       String updatedBy,
                       @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "proposal";
    public static final String RECORD_LABEL = "groups.record.proposal";

    /** Forwarded, taken up by the steering group, declined, or done. */
    public enum Status {
        FORWARDED, TAKEN_UP, DECLINED, DONE;

        public String labelKey() {
            return "groups.proposal-status." + name();
        }
    }

    public Details details() {
        return new Details(title, description, status, forwardedOn, response);
    }

    /** What an officer says about a proposal. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Details(String title, @Nullable String description, Status status, LocalDate forwardedOn,
                          @Nullable String response) {
    }
}
