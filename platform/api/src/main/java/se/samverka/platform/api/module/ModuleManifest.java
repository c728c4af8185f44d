package se.samverka.platform.api.module;

import java.util.List;
import java.util.Optional;

/**
 * How a plugin module declares itself: exactly one {@code @Singleton} bean per module implements
 * this. The platform discovers the beans at start-up, runs each module's migrations into the
 * module's own Flyway history table ({@code flyway_history_<id>}), registers its routes under the
 * portal shell and lets tenant administrators enable or disable it per tenant.
 *
 * <p>A module's REST API lives under {@code /api/v1/tenants/{tenant}/{id}/...}; the platform answers
 * 404 there while the module is disabled for that tenant, exactly as it does for the module's views.
 */
public interface ModuleManifest {

    /** Lower-case letters, digits and dashes, starting with a letter; also the API path segment. */
    String id();

    LocalizedText name();

    LocalizedText description();

    /** A Vaadin icon name, e.g. {@code "HANDSHAKE"}. */
    String icon();

    default String version() {
        return "1.0";
    }

    /** Views the platform registers under its shell. */
    List<ModuleRoute> routes();

    /** Entries for the side navigation, in order. */
    List<NavigationEntry> navigation();

    /** Where the module's Flyway migrations are, e.g. {@code "classpath:db/agreements"}. */
    default Optional<String> migrations() {
        return Optional.empty();
    }

    /** Base name of the module's message bundle (e.g. {@code "i18n.agreements"}), merged into the portal's. */
    default Optional<String> messageBundle() {
        return Optional.empty();
    }
}
