package se.samverka.groups.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.samverka.groups.reference.Proposal;
import se.samverka.groups.reference.ReferenceGroup;
import se.samverka.groups.reference.ReferenceGroups;
import se.samverka.groups.reference.ReferenceMeeting;

import java.util.List;

/** Reference groups with their meetings and proposals: the tenant's staff; partner users see none. */
@Controller("/api/v1/tenants/{tenant}/groups/reference-groups")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Reference groups", description = "Reference groups, their meetings and proposals (module groups)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class ReferenceGroupsController {

    private final ReferenceGroups references;

    ReferenceGroupsController(ReferenceGroups references) {
        this.references = references;
    }

    /** A reference group's details with the version they change (null when creating). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record GroupChange(@Nullable Long version, ReferenceGroup.Details details) {
    }

    /** A meeting's details with the version they change (null when adding). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record MeetingChange(@Nullable Long version, ReferenceMeeting.Details details) {
    }

    /** A proposal's details with the version they change (null when adding). */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ProposalChange(@Nullable Long version, Proposal.Details details) {
    }

    @Get
    @Operation(summary = "The tenant's reference groups by name")
    public List<ReferenceGroup> listReferenceGroups(String tenant) {
        return references.all();
    }

    @Get("/{id}")
    @Operation(summary = "A reference group")
    public ReferenceGroup getReferenceGroup(String tenant, long id) {
        return references.require(id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a reference group (case officers and administrators)")
    public ReferenceGroup createReferenceGroup(String tenant, @Body @NotNull GroupChange change) {
        return references.create(change.details());
    }

    @Put("/{id}")
    @Operation(summary = "Change a reference group", description = "Send the version you read.")
    public ReferenceGroup updateReferenceGroup(String tenant, long id, @Body @NotNull GroupChange change) {
        return references.update(id, change.version(), change.details());
    }

    @Get("/{id}/meetings")
    @Operation(summary = "The group's meetings, newest first")
    public List<ReferenceMeeting> listReferenceMeetings(String tenant, long id) {
        references.require(id);
        return references.meetings(id);
    }

    @Post("/{id}/meetings")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a planned or held meeting")
    public ReferenceMeeting addReferenceMeeting(String tenant, long id, @Body @NotNull MeetingChange change) {
        return references.addMeeting(id, change.details());
    }

    @Put("/{id}/meetings/{meetingId}")
    @Operation(summary = "Change a meeting, e.g. record it as held with minutes", description = "Send the version you read.")
    public ReferenceMeeting updateReferenceMeeting(String tenant, long id, long meetingId,
                                                   @Body @NotNull MeetingChange change) {
        return references.updateMeeting(id, meetingId, change.version(), change.details());
    }

    @Get("/{id}/proposals")
    @Operation(summary = "The proposals forwarded to the steering group, newest first")
    public List<Proposal> listProposals(String tenant, long id) {
        references.require(id);
        return references.proposals(id);
    }

    @Post("/{id}/proposals")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Record a proposal forwarded to the steering group")
    public Proposal addProposal(String tenant, long id, @Body @NotNull ProposalChange change) {
        return references.addProposal(id, change.details());
    }

    @Put("/{id}/proposals/{proposalId}")
    @Operation(summary = "Change a proposal, e.g. what the steering group made of it", description = "Send the version you read.")
    public Proposal updateProposal(String tenant, long id, long proposalId, @Body @NotNull ProposalChange change) {
        return references.updateProposal(id, proposalId, change.version(), change.details());
    }
}
