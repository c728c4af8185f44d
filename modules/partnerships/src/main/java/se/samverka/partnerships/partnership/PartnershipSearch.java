package se.samverka.partnerships.partnership;

import io.micronaut.core.annotation.Nullable;

/** The list's filters: status, country, core area, a phase kind the partnership has, words of the title (all optional). */
public record PartnershipSearch(@Nullable PartnershipStatus status, @Nullable String countryCode, @Nullable CoreArea coreArea,
                                @Nullable String phaseKind, @Nullable String text) {

    public static PartnershipSearch all() {
        return new PartnershipSearch(null, null, null, null, null);
    }
}
