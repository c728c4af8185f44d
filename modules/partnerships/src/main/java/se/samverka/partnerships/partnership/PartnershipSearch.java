package se.samverka.partnerships.partnership;

import io.micronaut.core.annotation.Nullable;

/**
 * The list's filters: status, country, core area, a phase kind the partnership has, words of the title (all
 * optional), and whether only the partnerships that have not ended count (as the dashboard counts them).
 */
public record PartnershipSearch(@Nullable PartnershipStatus status, @Nullable String countryCode, @Nullable CoreArea coreArea,
                                @Nullable String phaseKind, @Nullable String text, boolean ongoing) {

    public PartnershipSearch(@Nullable PartnershipStatus status, @Nullable String countryCode, @Nullable CoreArea coreArea,
                             @Nullable String phaseKind, @Nullable String text) {
        this(status, countryCode, coreArea, phaseKind, text, false);
    }

    public static PartnershipSearch all() {
        return new PartnershipSearch(null, null, null, null, null);
    }
}
