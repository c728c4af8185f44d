package se.samverka.testkit.architecture.bad.two;

import io.micronaut.http.annotation.Controller;
import se.samverka.testkit.architecture.bad.one.Meeting;

/** Answers outside the module's API, and depends back on {@code one}. */
@Controller("/api/v1/minutes")
public class Minutes {
    Meeting meeting;
}
