package se.samverka.agreements.history;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.lifecycle.Decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VersionDifferencesTest {

    static final AgreementTerms ORIGINAL = AgreementTerms.draft("IOP Orust – Junis", List.of(
                    PartyTerms.tenant("Orust kommun", "212000-1314"),
                    new PartyTerms(7L, "Junis Göteborg och Bohusläns distrikt", "857204-3795", false,
                            List.of("Junis åtar sig huvudmannskapet för Klubb BUSA."), List.of(), List.of())))
            .withRegistryNumber("KS/2021:1")
            .withPeriod(AgreementPeriod.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)));

    @Test
    void seed003sAmendmentShowsAsTheChangedPeriodAndTheNewDecision() {
        AgreementTerms amended = ORIGINAL.withPeriod(AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)));

        List<Difference> differences = VersionDifferences.between(
                ORIGINAL, Optional.of(new Decision("Kommunstyrelsen", LocalDate.of(2021, 12, 1), "KS/2021:1")),
                amended, Optional.of(new Decision("Kommunstyrelsen", LocalDate.of(2025, 1, 15), "KS/2024:2095")));

        assertThat(differences).containsExactly(
                new Difference("period.start", "2022-01-01", "2024-01-01"),
                new Difference("period.end", "2023-12-31", "2026-12-31"),
                new Difference("decision.date", "2021-12-01", "2025-01-15"),
                new Difference("decision.registryNumber", "KS/2021:1", "KS/2024:2095"));
    }

    @Test
    void addedAndRemovedTextsShowWithAnEmptySide() {
        PartyTerms junis = ORIGINAL.parties().get(1);
        AgreementTerms more = ORIGINAL.withParties(List.of(ORIGINAL.parties().get(0),
                junis.withCommitments(List.of(junis.commitments().get(0), "Junis ansvarar för fritidsverksamheten."))));

        assertThat(VersionDifferences.between(ORIGINAL, Optional.empty(), more, Optional.empty()))
                .containsExactly(new Difference("parties[2].commitments[2]", null, "Junis ansvarar för fritidsverksamheten."));
        assertThat(VersionDifferences.between(more, Optional.empty(), ORIGINAL, Optional.empty()))
                .containsExactly(new Difference("parties[2].commitments[2]", "Junis ansvarar för fritidsverksamheten.", null));
        assertThat(VersionDifferences.between(ORIGINAL, Optional.empty(), ORIGINAL, Optional.empty())).isEmpty();
    }
}
