package se.samverka.agreements.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.MeetingStatus;
import se.samverka.agreements.steering.SteeringMeeting;
import se.samverka.agreements.steering.SteeringMeetings;

import java.util.List;

/** An agreement's steering-group meetings. */
@Controller("/api/v1/tenants/{tenant}/agreements/{id}/meetings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Steering group", description = "Steering-group meetings of an agreement (module agreements)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the record is not there for you")
public class SteeringMeetingsController {

    private static final String RECORD_TYPE = "steering-meeting";

    private final SteeringMeetings meetings;
    private final VisibleAgreements visible;

    SteeringMeetingsController(SteeringMeetings meetings, VisibleAgreements visible) {
        this.meetings = meetings;
        this.visible = visible;
    }

    @Get
    @Operation(summary = "The agreement's meetings by date")
    public List<MeetingView> listMeetings(String tenant, long id) {
        visible.require(id);
        return meetings.meetings(id).stream().map(MeetingView::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a planned or held meeting to a decided agreement")
    @ApiResponse(responseCode = "422", description = "Refused, e.g. a held meeting dated in the future")
    public MeetingView addMeeting(String tenant, long id, @Body @NotNull MeetingInput input) {
        visible.require(id);
        return MeetingView.of(meetings.add(id, input.details()));
    }

    @Put("/{meetingId}")
    @Operation(summary = "Change a meeting, e.g. record it as held with minutes", description = "Send the version you read.")
    @ApiResponse(responseCode = "409", description = "Someone changed the meeting after you read it: who and when")
    public MeetingView updateMeeting(String tenant, long id, long meetingId, @Body @NotNull MeetingInput input) {
        meetingOf(id, meetingId);
        return MeetingView.of(meetings.update(meetingId, requireVersion(input.version()), input.details()));
    }

    @Delete("/{meetingId}{?version}")
    @Operation(summary = "Cancel a meeting",
            description = "Meetings are kept for the record: the meeting becomes CANCELLED and no longer counts towards "
                    + "the agreed minimum. Send the version you read as the query parameter version.")
    @ApiResponse(responseCode = "409", description = "Someone changed the meeting after you read it: who and when")
    public MeetingView cancelMeeting(String tenant, long id, long meetingId, @QueryValue @NotNull Long version) {
        SteeringMeeting meeting = meetingOf(id, meetingId);
        MeetingDetails current = meeting.details();
        return MeetingView.of(meetings.update(meetingId, version, new MeetingDetails(MeetingStatus.CANCELLED,
                current.date(), current.attendeeFunctions(), current.minutes(), current.decisions())));
    }

    /** The meeting, if it belongs to this agreement and the caller may see it. */
    private SteeringMeeting meetingOf(long agreementId, long meetingId) {
        visible.require(agreementId);
        return meetings.find(meetingId).filter(m -> m.agreementId() == agreementId)
                .orElseThrow(() -> new RecordNotFound("agreements.record." + RECORD_TYPE, meetingId));
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new Refusal("agreements.api.version-required");
        }
        return version;
    }
}
