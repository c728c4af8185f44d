package se.samverka.agreements.history;

import org.junit.jupiter.api.Test;
import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.ContributionTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.SignatoryTerms;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.platform.api.i18n.BundleTranslations;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.ui.Formats;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DifferenceLabelsTest {

    static final BundleTranslations TRANSLATIONS = new BundleTranslations(List.of("i18n.platform", "i18n.agreements"));

    static final String JUNIS = "Junis Göteborg och Bohusläns distrikt";

    /** Seed 003's agreement: Orust and Junis, each with a signatory, Junis with a contribution for 2024. */
    static final AgreementTerms BEFORE = AgreementTerms.draft("IOP Orust – Junis", List.of(
                    PartyTerms.tenant("Orust kommun", "212000-1314").convening(true)
                            .withSignatories(List.of(new SignatoryTerms("Kim Kommun", "Kommundirektör", LocalDate.of(2022, 1, 10)))),
                    new PartyTerms(7L, JUNIS, "857204-3795", false,
                            List.of("Junis åtar sig huvudmannskapet för Klubb BUSA."),
                            List.of(new SignatoryTerms("Fia Förening", "Ordförande", null)),
                            List.of(new ContributionTerms(2024, 120_000, "Personal")))))
            .withRegistryNumber("KS/2021:1")
            .withPeriod(AgreementPeriod.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)));

    /** The amendment renames Junis and drops nothing; a third party exists only before in {@link #WITH_THIRD}. */
    static final AgreementTerms AFTER = BEFORE.withParties(List.of(BEFORE.parties().get(0),
            new PartyTerms(7L, "Junis Göteborg", "857204-3795", false, BEFORE.parties().get(1).commitments(),
                    BEFORE.parties().get(1).signatories(), BEFORE.parties().get(1).contributions())));

    static final AgreementTerms WITH_THIRD = BEFORE.withParties(List.of(BEFORE.parties().get(0), BEFORE.parties().get(1),
            new PartyTerms(9L, "Studiefrämjandet", null, false, List.of(), List.of(), List.of())));

    static DifferenceLabels in(Locale locale, AgreementTerms before, AgreementTerms after) {
        return new DifferenceLabels(before, after, (key, arguments) -> TRANSLATIONS.get(locale, key, arguments));
    }

    static DifferenceLabels swedish() {
        return in(Languages.SWEDISH, BEFORE, AFTER);
    }

    static DifferenceLabels english() {
        return in(Languages.ENGLISH, BEFORE, AFTER);
    }

    @Test
    void partiesAreNamedByTheirNameInTheLaterVersionAndListsCountFromOne() {
        assertThat(swedish().field("parties[2].signatories[1].name")).isEqualTo("Part 2 (Junis Göteborg) · Undertecknare 1 · Namn");
        assertThat(english().field("parties[2].signatories[1].name")).isEqualTo("Party 2 (Junis Göteborg) · Signatory 1 · Name");
        assertThat(swedish().field("parties[1].signatories[1].signedOn")).isEqualTo("Part 1 (Orust kommun) · Undertecknare 1 · Undertecknat den");
        assertThat(english().field("parties[1].signatories[1].signedOn")).isEqualTo("Party 1 (Orust kommun) · Signatory 1 · Signed on");
        assertThat(swedish().field("parties[2].signatories[1].role")).isEqualTo("Part 2 (Junis Göteborg) · Undertecknare 1 · Roll");
        assertThat(swedish().field("parties[2].commitments[2]")).isEqualTo("Part 2 (Junis Göteborg) · Åtagande 2");
        assertThat(english().field("parties[2].commitments[2]")).isEqualTo("Party 2 (Junis Göteborg) · Commitment 2");
        assertThat(swedish().field("parties[2].contributions[1].amountSek")).isEqualTo("Part 2 (Junis Göteborg) · Bidrag 1 (2024) · Belopp");
        assertThat(english().field("parties[2].contributions[1].description"))
                .isEqualTo("Party 2 (Junis Göteborg) · Contribution 1 (2024) · What the contribution covers");
        assertThat(swedish().field("parties[1].convenesSteeringGroup")).isEqualTo("Part 1 (Orust kommun) · Sammankallar styrgruppen");
        assertThat(english().field("parties[2].organisationNumber")).isEqualTo("Party 2 (Junis Göteborg) · Organisation number");
        // the name itself changed: the later one names the party
        assertThat(swedish().field("parties[2].name")).isEqualTo("Part 2 (Junis Göteborg) · Namn");
        // a removed party is named as it was
        assertThat(in(Languages.SWEDISH, WITH_THIRD, BEFORE).field("parties[3].name")).isEqualTo("Part 3 (Studiefrämjandet) · Namn");
        assertThat(in(Languages.ENGLISH, BEFORE, WITH_THIRD).field("parties[3].partnerId"))
                .isEqualTo("Party 3 (Studiefrämjandet) · Organisation from the register");
    }

    @Test
    void theAgreementsOwnFieldsAreTheirLabels() {
        assertThat(swedish().field("period.start")).isEqualTo("Period · Startdatum");
        assertThat(english().field("period.start")).isEqualTo("Period · Start date");
        assertThat(swedish().field("period.end")).isEqualTo("Period · Slutdatum");
        assertThat(english().field("period.renewalNoticeMonths")).isEqualTo("Period · Renewal talks, months before the end");
        assertThat(swedish().field("title")).isEqualTo("Rubrik");
        assertThat(english().field("registryNumber")).isEqualTo("Registry number");
        assertThat(swedish().field("form")).isEqualTo("Avtalsform");
        assertThat(swedish().field("texts.purpose")).isEqualTo("Syfte");
        assertThat(english().field("texts.targetGroup")).isEqualTo("Target group");
        assertThat(swedish().field("texts.terminationClause")).isEqualTo("Hävningsrätt");
        assertThat(swedish().field("steering.minimumMeetingsPerYear")).isEqualTo("Minsta antal styrgruppsmöten per år");
        assertThat(english().field("steering.composition")).isEqualTo("Steering group composition");
        assertThat(swedish().field("followUp.frequency")).isEqualTo("Rapporteringsintervall");
        assertThat(english().field("followUp.reportDueDays")).isEqualTo("Days after the period to submit the report");
        assertThat(swedish().field("decision.date")).isEqualTo("Beslutsdatum");
        assertThat(english().field("decision.registryNumber")).isEqualTo("Decision's registry number");
        assertThat(swedish().field("decision.body")).isEqualTo("Beslutande organ");
    }

    @Test
    void valuesAreWrittenAsThePortalWritesThem() {
        assertThat(swedish().before(new Difference("period.start", "2022-01-01", "2024-01-01"))).isEqualTo("2022-01-01");
        assertThat(swedish().before(new Difference("form", "IOP", "GRANT"))).isEqualTo("Idéburet offentligt partnerskap (IOP)");
        assertThat(english().after(new Difference("form", "IOP", "GRANT"))).isEqualTo("Grant");
        assertThat(swedish().after(new Difference("followUp.frequency", "HALF_YEARLY", "QUARTERLY"))).isEqualTo("varje kvartal");
        assertThat(english().before(new Difference("followUp.frequency", "HALF_YEARLY", "QUARTERLY"))).isEqualTo("half-yearly");
        Difference convening = new Difference("parties[1].convenesSteeringGroup", "true", "false");
        assertThat(swedish().before(convening)).isEqualTo("Ja");
        assertThat(swedish().after(convening)).isEqualTo("Nej");
        assertThat(english().before(convening)).isEqualTo("Yes");
        assertThat(english().after(convening)).isEqualTo("No");
        assertThat(swedish().after(new Difference("parties[2].contributions[1].amountSek", "120000", "1250000")))
                .isEqualTo(Formats.sek(1_250_000)).contains("250").endsWith("kr");
        Difference signed = new Difference("parties[2].signatories[1].signedOn", null, "2024-02-01");
        assertThat(swedish().before(signed)).isEqualTo("–");
        assertThat(english().before(signed)).isEqualTo("–");
        assertThat(swedish().after(signed)).isEqualTo("2024-02-01");
        assertThat(swedish().after(new Difference("title", "IOP", ""))).isEqualTo("–");
        assertThat(swedish().after(new Difference("parties[2].commitments[2]", null, "Junis ansvarar för fritidsverksamheten.")))
                .isEqualTo("Junis ansvarar för fritidsverksamheten.");
    }

    @Test
    void aPartysOrganisationIsNamedNotNumbered() {
        // party 1 was the municipality itself, then Junis took its place in the list
        AgreementTerms reordered = BEFORE.withParties(List.of(BEFORE.parties().get(1), BEFORE.parties().get(0)));
        Difference partner = new Difference("parties[1].partnerId", null, "7");
        assertThat(in(Languages.SWEDISH, BEFORE, reordered).before(partner)).isEqualTo("Kommunen eller regionen");
        assertThat(in(Languages.ENGLISH, BEFORE, reordered).before(partner)).isEqualTo("The municipality or region");
        assertThat(in(Languages.SWEDISH, BEFORE, reordered).after(partner)).isEqualTo(JUNIS);
        Difference added = new Difference("parties[3].partnerId", null, "9");
        assertThat(in(Languages.SWEDISH, BEFORE, WITH_THIRD).before(added)).isEqualTo("–");
        assertThat(in(Languages.SWEDISH, BEFORE, WITH_THIRD).after(added)).isEqualTo("Studiefrämjandet");
    }

    @Test
    void anUnknownPathIsStillSaidAndNothingBreaks() {
        assertThat(swedish().field("texts.newClause")).isEqualTo("Annat fält (newClause)");
        assertThat(english().field("texts.newClause")).isEqualTo("Other field (newClause)");
        assertThat(swedish().field("parties[2].website")).isEqualTo("Part 2 (Junis Göteborg) · Annat fält (website)");
        assertThat(english().field("parties[2].signatories[1].email")).isEqualTo("Party 2 (Junis Göteborg) · Signatory 1 · Other field (email)");
        assertThat(swedish().field("budget[3].amount")).isEqualTo("Annat fält (budget[3].amount)");
        assertThat(swedish().field("parties")).isEqualTo("Annat fält (parties)");
        assertThat(swedish().field("title[2]")).isEqualTo("Annat fält (title[2])");
        // a party neither version has is numbered only
        assertThat(swedish().field("parties[9].name")).isEqualTo("Part 9 · Namn");
        assertThat(english().field("parties[9].contributions[4].year")).isEqualTo("Party 9 · Contribution 4 · Year");
        for (String unreadable : new String[]{"", " ", "a..b", "parties[x].name", "parties[].name", "[1]", ".", "parties[99999999999].name"}) {
            assertThat(swedish().field(unreadable)).isEqualTo("Annat fält (" + unreadable + ")");
        }
        assertThat(swedish().field(null)).isEqualTo("Annat fält (null)");
        // values of an older shape are shown as stored
        assertThat(swedish().after(new Difference("form", "IOP", "LEASE"))).isEqualTo("LEASE");
        assertThat(swedish().after(new Difference("period.start", null, "2024-13-01"))).isEqualTo("2024-13-01");
        assertThat(swedish().after(new Difference("parties[1].contributions[1].amountSek", null, "many"))).isEqualTo("many");
        assertThat(swedish().after(new Difference("parties[1].convenesSteeringGroup", null, "maybe"))).isEqualTo("maybe");
        assertThat(swedish().after(new Difference("budget[3].amount", null, "12"))).isEqualTo("12");
        assertThat(swedish().after(new Difference("parties[8].partnerId", null, "12"))).isEqualTo("12");
        assertThat(swedish().after(new Difference("", null, null))).isEqualTo("–");
    }

    /** Every field the terms and the decision have, by their record types: a new one must get words too. */
    @Test
    void everyPathTheTermsCanHaveIsSaidInWordsInBothLanguages() {
        List<String> paths = new ArrayList<>();
        paths(AgreementTerms.class, "", paths);
        paths(Decision.class, "decision", paths);
        assertThat(paths).contains("parties[1].signatories[1].signedOn", "texts.disputeClause", "decision.body").hasSizeGreaterThan(35);
        for (Locale locale : Languages.OFFERED) {
            DifferenceLabels labels = in(locale, BEFORE, AFTER);
            for (String path : paths) {
                assertThat(labels.field(path)).as(locale + " " + path)
                        .doesNotContain("!", "[", "]", "Annat fält", "Other field")
                        .doesNotContainPattern("[a-z][A-Z]");
            }
        }
    }

    @Test
    void theComparisonOfTwoVersionsGivesTheTermsToName() {
        VersionComparison comparison = new VersionComparison(VersionDifferences.between(BEFORE, Optional.empty(), AFTER,
                Optional.empty()), BEFORE, AFTER);
        DifferenceLabels labels = new DifferenceLabels(comparison, (key, arguments) -> TRANSLATIONS.get(Languages.SWEDISH, key, arguments));
        assertThat(comparison.differences()).containsExactly(new Difference("parties[2].name", JUNIS, "Junis Göteborg"));
        assertThat(labels.field("parties[2].name")).isEqualTo("Part 2 (Junis Göteborg) · Namn");
    }

    private static void paths(Class<?> type, String prefix, List<String> into) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            Class<?> value = component.getType();
            if (value.isRecord()) {
                paths(value, path, into);
            } else if (List.class.isAssignableFrom(value)) {
                Class<?> item = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (item.isRecord()) {
                    paths(item, path + "[1]", into);
                } else {
                    into.add(path + "[1]");
                }
            } else {
                into.add(path);
            }
        }
    }
}
