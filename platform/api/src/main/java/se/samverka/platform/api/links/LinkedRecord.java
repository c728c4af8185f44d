package se.samverka.platform.api.links;

import io.micronaut.core.annotation.Nullable;

/**
 * A record as another module shows a link to it: its title (e.g. the registry number and title of an
 * agreement), a line about it, and the view's path in the portal.
 */
public record LinkedRecord(RecordReference reference, String title, @Nullable String detail, String path) {
}
