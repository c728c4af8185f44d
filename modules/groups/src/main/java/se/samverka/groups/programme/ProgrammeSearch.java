package se.samverka.groups.programme;

import io.micronaut.core.annotation.Nullable;

/** The programme list's filter: a provider (a partner organisation's id) and a text in the name. */
public record ProgrammeSearch(@Nullable Long providerPartnerId, @Nullable String text) {

    public static final ProgrammeSearch ALL = new ProgrammeSearch(null, null);
}
