package se.samverka.platform.api.notifications;

import se.samverka.platform.api.module.LocalizedText;

import java.util.Objects;

/**
 * Something to tell one person in the current tenant: shown in the portal's notification list and
 * sent by e-mail when the person has an address.
 *
 * @param key               what makes the notice unique for the recipient in the tenant, e.g.
 *                          {@code agreements:42:renewal:2026-07-01}: a notice with a key already
 *                          stored for that recipient is never stored (nor mailed) again
 * @param recipientUsername the recipient's username in the user directory
 * @param link              a path inside the portal, e.g. {@code agreements/42}, or null
 */
public record Notice(String key, String recipientUsername, LocalizedText subject, LocalizedText body, String link) {

    /** The database column's width. */
    public static final int MAX_KEY = 200;

    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(recipientUsername, "recipientUsername");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("A notice key has 1 to " + MAX_KEY + " characters: " + key);
        }
    }
}
