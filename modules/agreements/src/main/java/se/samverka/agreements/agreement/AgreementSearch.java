package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.lifecycle.AgreementStatus;

import java.time.LocalDate;

/**
 * The list's filters; null means "any".
 *
 * @param partnerId  only agreements this partner organisation is party to
 * @param activeFrom with {@code activeTo}: only agreements whose period overlaps these dates
 * @param text       words from the title, the registry number or a party's name
 * @param mine       only agreements the current user is a responsible officer of ("my agreements")
 */
public record AgreementSearch(@Nullable AgreementStatus status,
                              @Nullable Long partnerId,
                              @Nullable LocalDate activeFrom,
                              @Nullable LocalDate activeTo,
                              @Nullable String text,
                              boolean mine) {

    public static final AgreementSearch ALL = new AgreementSearch(null, null, null, null, null);

    public AgreementSearch(@Nullable AgreementStatus status, @Nullable Long partnerId, @Nullable LocalDate activeFrom,
                           @Nullable LocalDate activeTo, @Nullable String text) {
        this(status, partnerId, activeFrom, activeTo, text, false);
    }
}
