package se.samverka.platform.core.calendar;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The personal calendar feed: {@code GET /api/v1/calendar/<token>.ics}. Calendar programs fetch it
 * without a session, so the secret token is the only credential; an unknown or revoked one is 404.
 */
@Controller("/api/v1/calendar")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "calendar")
public class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text/calendar; charset=utf-8");

    private final PersonalCalendar calendar;

    CalendarFeedController(PersonalCalendar calendar) {
        this.calendar = calendar;
    }

    @Operation(summary = "A user's deadlines as iCalendar, behind the secret address the user made in the portal")
    @Get(value = "/{file}", produces = "text/calendar")
    public HttpResponse<String> feed(@PathVariable String file) {
        if (!file.endsWith(".ics")) {
            return HttpResponse.notFound();
        }
        return calendar.feed(file.substring(0, file.length() - ".ics".length()))
                .<HttpResponse<String>>map(ics -> HttpResponse.ok(ics).contentType(CALENDAR)
                        .header("Cache-Control", "private, max-age=300"))
                .orElseGet(HttpResponse::notFound);
    }
}
