package se.samverka.partnerships.results;

import io.micronaut.serde.annotation.Serdeable;

/** An indicator's actual value in an accounting year (as ICLD reports it: a number or a short text). */
@Serdeable
public record YearValue(int year, String value) {
}
