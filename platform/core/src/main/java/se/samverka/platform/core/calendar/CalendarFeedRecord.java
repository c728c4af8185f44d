package se.samverka.platform.core.calendar;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A user's feed: the SHA-256 of its secret token, never the token itself. */
@MappedEntity("calendar_feed")
record CalendarFeedRecord(@Id String tokenHash, String username, Instant createdAt) {
}
