package se.samverka.platform.api.search;

/**
 * A group of hits: agreements, reports, steering-group minutes, an agreement's documents.
 *
 * @param id       unique in the portal, e.g. {@code agreements:agreement}
 * @param labelKey the group's heading, a message key of the module's bundle
 */
public record SearchKind(String id, String labelKey) {
}
