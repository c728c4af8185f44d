package se.samverka.groups.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.SupportGroup;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.refusal.RecordNotFound;

import java.util.List;

/** A programme's groups, newest term first. */
@Controller("/api/v1/tenants/{tenant}/groups/programmes/{id}/groups")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Groups", description = "The groups of a programme, term by term (module groups)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class GroupsController {

    private final Groups groups;
    private final Programmes programmes;

    GroupsController(Groups groups, Programmes programmes) {
        this.groups = groups;
        this.programmes = programmes;
    }

    @Get
    @Operation(summary = "The programme's groups")
    public List<GroupView> listGroups(String tenant, long id) {
        programmes.require(id);
        return groups.of(id).stream().map(GroupView::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Plan a group", description = "A term (VT 2025) or a start and end date; leaders by function.")
    @ApiResponse(responseCode = "422", description = "Refused at a field, e.g. a group that ends before it starts")
    public GroupView addGroup(String tenant, long id, @Body @NotNull GroupChange change) {
        return GroupView.of(groups.add(id, change.details()));
    }

    @Put("/{groupId}")
    @Operation(summary = "Change a group", description = "Send the version you read.")
    @ApiResponse(responseCode = "409", description = "Someone changed the group after you read it: who and when")
    public GroupView updateGroup(String tenant, long id, long groupId, @Body @NotNull GroupChange change) {
        groupOf(id, groupId);
        return GroupView.of(groups.update(groupId, change.version(), change.details()));
    }

    @Post("/{groupId}/status")
    @Operation(summary = "Move a group along: running, completed, or cancelled with the reason")
    public GroupView moveGroup(String tenant, long id, long groupId, @Body @NotNull GroupChange.Move move) {
        groupOf(id, groupId);
        return GroupView.of(groups.move(groupId, move.version(), move.status(), move.cancelReason()));
    }

    private SupportGroup groupOf(long programmeId, long groupId) {
        return groups.find(groupId).filter(g -> g.programmeId() == programmeId)
                .orElseThrow(() -> new RecordNotFound(SupportGroup.RECORD_LABEL, groupId));
    }
}
