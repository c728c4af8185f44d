package se.samverka.groups.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.EditedRecord;

import java.time.Instant;
import java.util.List;

/**
 * A reference group (referensgrupp, seed 001: Barndialogen's "Barn som anhöriga"): organisations around one
 * aim that point a steering group to resources, ideas and measures.
 */
@Serdeable
@MappedEntity("groups_reference_group")
public record ReferenceGroup(@Id @GeneratedValue @Nullable Long id,
                             @TenantId @Nullable String tenantId,
                             String name,
                             @Nullable String aim,
                             @Nullable String convener,
                             @Nullable String steeringGroup,
                             @MappedProperty(converter = MembersConverter.class) List<Member> members,
                             Instant createdAt,
                             String createdBy,
                             Instant updatedAt,
                             String updatedBy,
                             @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "reference-group";
    public static final String RECORD_LABEL = "groups.record.reference-group";

    public Details details() {
        return new Details(name, aim, convener, steeringGroup, members);
    }

    /** What an officer says about a reference group. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Details(String name, @Nullable String aim, @Nullable String convener, @Nullable String steeringGroup,
                          @Nullable List<Member> members) {
        public Details {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }
}
