package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;

/**
 * The agreement's free texts, in the order the agreement document has them (seed 003): long
 * Swedish prose, each optional while drafting.
 */
@Serdeable
public record AgreementTexts(@Nullable String background,
                             @Nullable String purpose,
                             @Nullable String targetGroup,
                             @Nullable String activities,
                             @Nullable String valueBase,
                             @Nullable String overallGoals,
                             @Nullable String strategies,
                             @Nullable String organisation,
                             @Nullable String renegotiationClause,
                             @Nullable String terminationClause,
                             @Nullable String disputeClause) {

    public static final AgreementTexts EMPTY = new AgreementTexts(null, null, null, null, null, null, null, null, null, null, null);

    AgreementTexts validated() {
        return new AgreementTexts(
                Texts.optional("agreements.field.background", background, Texts.LONG),
                Texts.optional("agreements.field.purpose", purpose, Texts.LONG),
                Texts.optional("agreements.field.target-group", targetGroup, Texts.LONG),
                Texts.optional("agreements.field.activities", activities, Texts.LONG),
                Texts.optional("agreements.field.value-base", valueBase, Texts.LONG),
                Texts.optional("agreements.field.overall-goals", overallGoals, Texts.LONG),
                Texts.optional("agreements.field.strategies", strategies, Texts.LONG),
                Texts.optional("agreements.field.organisation", organisation, Texts.LONG),
                Texts.optional("agreements.field.renegotiation-clause", renegotiationClause, Texts.LONG),
                Texts.optional("agreements.field.termination-clause", terminationClause, Texts.LONG),
                Texts.optional("agreements.field.dispute-clause", disputeClause, Texts.LONG));
    }
}
