package se.samverka.groups.programme;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.refusal.Refusal;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a case officer says about a programme.
 *
 * @param providerPartnerId the partner organisation that runs it (from the platform's register); null: the
 *                          tenant runs it itself
 * @param agreement         the agreement it is run under, as a record reference ({@code agreements:agreement:12})
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ProgrammeDetails(String name,
                               @Nullable Long providerPartnerId,
                               ProgrammeKind kind,
                               Set<TargetSituation> targetSituations,
                               @Nullable Integer ageFrom,
                               @Nullable Integer ageTo,
                               @Nullable String methodMaterial,
                               @Nullable String description,
                               @Nullable String agreement) {

    public static final String AGREEMENT_MODULE = "agreements";
    public static final String AGREEMENT_TYPE = "agreement";

    public ProgrammeDetails {
        targetSituations = targetSituations == null || targetSituations.isEmpty()
                ? EnumSet.noneOf(TargetSituation.class) : EnumSet.copyOf(targetSituations);
    }

    /** Trimmed and checked; refused at the field that breaks a rule. */
    ProgrammeDetails validated() {
        String checkedName = Texts.required("groups.field.name", name, Texts.SHORT);
        if (kind == null) {
            throw new Refusal("groups.programme.kind-required").at("kind");
        }
        if (targetSituations.isEmpty()) {
            throw new Refusal("groups.programme.situation-required").at("targetSituations");
        }
        checkAge("ageFrom", ageFrom);
        checkAge("ageTo", ageTo);
        if (ageFrom != null && ageTo != null && ageTo < ageFrom) {
            throw new Refusal("groups.programme.age-band", ageFrom, ageTo).at("ageTo");
        }
        String reference = Texts.optional("groups.field.agreement", agreement, Texts.SHORT);
        if (reference != null && RecordReference.parse(reference)
                .filter(r -> r.module().equals(AGREEMENT_MODULE) && r.type().equals(AGREEMENT_TYPE)).isEmpty()) {
            throw new Refusal("groups.programme.agreement-unknown").at("agreement");
        }
        return new ProgrammeDetails(checkedName, providerPartnerId, kind, targetSituations, ageFrom, ageTo,
                Texts.optional("groups.field.method-material", methodMaterial, Texts.SHORT),
                Texts.optional("groups.field.description", description, Texts.LONG), reference);
    }

    private static void checkAge(String field, Integer age) {
        if (age != null && (age < 0 || age > 120)) {
            throw new Refusal("groups.programme.age", age).at(field);
        }
    }
}
