package se.samverka.groups.programme;

import io.micronaut.core.annotation.Introspected;

/** The name of a partner organisation that runs programmes, read from the platform's register. */
@Introspected
public record ProviderName(long id, String name) {
}
