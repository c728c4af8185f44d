package se.samverka.partnerships.api;

import io.micronaut.core.annotation.Nullable;
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
import se.samverka.partnerships.round.Round;
import se.samverka.partnerships.round.RoundDetails;
import se.samverka.partnerships.round.Rounds;
import se.samverka.platform.api.http.Change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The application rounds the tenant follows: each is a deadline in the staff's calendars and reminders. */
@Controller("/api/v1/tenants/{tenant}/partnerships/rounds")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Partnership rounds", description = "Application rounds, ICLD's and the tenant's own (module partnerships)")
@ApiResponse(responseCode = "404", description = "The tenant, the module or the round is not there for you")
public class RoundsController {

    private final Rounds rounds;
    private final Clock clock;

    RoundsController(Rounds rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Get("{?from}")
    @Operation(summary = "The rounds that close on the day or later (today when no day is given), soonest first")
    public List<Round> listRounds(String tenant, @Nullable @QueryValue LocalDate from) {
        return rounds.closingFrom(from == null ? LocalDate.now(clock) : from);
    }

    @Get("/{roundId}")
    @Operation(summary = "A round")
    public Round getRound(String tenant, long roundId) {
        return rounds.require(roundId);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Enter a round: its name and the day applications close (case officers and administrators)")
    public Round addRound(String tenant, @Body @NotNull Change<RoundDetails> change) {
        return rounds.add(change.details());
    }

    @Put("/{roundId}")
    @Operation(summary = "Change a round", description = "Send the version you read.")
    @ApiResponse(responseCode = "409", description = "Someone changed the round after you read it: who and when")
    public Round updateRound(String tenant, long roundId, @Body @NotNull Change<RoundDetails> change) {
        return rounds.update(roundId, change.version(), change.details());
    }

    @Delete("/{roundId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a round entered by mistake or cancelled")
    public void removeRound(String tenant, long roundId) {
        rounds.remove(roundId);
    }
}
