package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything an agreement says: what a user writes in a draft and changes by an amendment, and
 * what each version of the history keeps. Status, decision and bookkeeping are not terms.
 *
 * @param registryNumber the case's diarienummer, e.g. {@code KS/2024:2095}; may wait until the proposal
 */
@Serdeable
public record AgreementTerms(@Nullable String registryNumber,
                             String title,
                             AgreementForm form,
                             AgreementTexts texts,
                             AgreementPeriod period,
                             SteeringArrangement steering,
                             FollowUpArrangement followUp,
                             List<PartyTerms> parties) {

    static final int TITLE_MAX = 300;

    public AgreementTerms {
        texts = texts == null ? AgreementTexts.EMPTY : texts;
        period = period == null ? new AgreementPeriod(null, null, AgreementPeriod.DEFAULT_RENEWAL_NOTICE_MONTHS) : period;
        steering = steering == null ? SteeringArrangement.DEFAULT : steering;
        followUp = followUp == null ? FollowUpArrangement.DEFAULT : followUp;
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** A new IOP draft with the defaults: renewal talks six months before the end, two meetings a year, half-yearly reports. */
    public static AgreementTerms draft(String title, List<PartyTerms> parties) {
        return new AgreementTerms(null, title, AgreementForm.IOP, null, null, null, null, parties);
    }

    public AgreementTerms withRegistryNumber(String newRegistryNumber) {
        return new AgreementTerms(newRegistryNumber, title, form, texts, period, steering, followUp, parties);
    }

    public AgreementTerms withTitle(String newTitle) {
        return new AgreementTerms(registryNumber, newTitle, form, texts, period, steering, followUp, parties);
    }

    public AgreementTerms withTexts(AgreementTexts newTexts) {
        return new AgreementTerms(registryNumber, title, form, newTexts, period, steering, followUp, parties);
    }

    public AgreementTerms withPeriod(AgreementPeriod newPeriod) {
        return new AgreementTerms(registryNumber, title, form, texts, newPeriod, steering, followUp, parties);
    }

    public AgreementTerms withSteering(SteeringArrangement newSteering) {
        return new AgreementTerms(registryNumber, title, form, texts, period, newSteering, followUp, parties);
    }

    public AgreementTerms withFollowUp(FollowUpArrangement newFollowUp) {
        return new AgreementTerms(registryNumber, title, form, texts, period, steering, newFollowUp, parties);
    }

    public AgreementTerms withParties(List<PartyTerms> newParties) {
        return new AgreementTerms(registryNumber, title, form, texts, period, steering, followUp, newParties);
    }

    /**
     * The terms trimmed and checked, or a refusal naming the first problem. Checks that need the
     * database (does the partner exist in this tenant?) are the service's.
     */
    public AgreementTerms validated() {
        if (form == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("agreements.field.form"));
        }
        AgreementPeriod validPeriod = period.validated();
        List<PartyTerms> validParties = parties.stream().map(p -> p.validated(validPeriod)).toList();
        requireDistinctParties(validParties);
        return new AgreementTerms(
                Texts.optional("agreements.field.registry-number", registryNumber, 50),
                Texts.required("agreements.field.title", title, TITLE_MAX),
                form, texts.validated(), validPeriod, steering.validated(), followUp.validated(), validParties);
    }

    /** The tenant once at most, each partner once at most, and one convener of the steering group at most. */
    private static void requireDistinctParties(List<PartyTerms> parties) {
        if (parties.stream().filter(PartyTerms::isTenant).count() > 1) {
            throw new Refusal("agreements.party.tenant-twice").at("parties");
        }
        Set<Long> partners = new HashSet<>();
        for (PartyTerms party : parties) {
            if (!party.isTenant() && !partners.add(party.partnerId())) {
                throw new Refusal("agreements.party.partner-twice", party.name()).at("parties");
            }
        }
        if (parties.stream().filter(PartyTerms::convenesSteeringGroup).count() > 1) {
            throw new Refusal("agreements.party.two-conveners").at("parties");
        }
    }
}
