package se.samverka.agreements.history;

import io.micronaut.core.annotation.Nullable;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.ContributionTerms;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.platform.api.ui.Formats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Differences between two versions as people read them, in the language of the {@link Words} given:
 * the field as "Part 2 (Junis Göteborg) · Undertecknare 1 · Namn" or "Period · Startdatum", the values
 * as the portal writes them (dates, kronor, the names of forms and frequencies, Ja/Nej, "–" for none).
 * A path it does not know is still said, as "Annat fält (…)" after the words it knows. Plain code.
 */
public final class DifferenceLabels {

    /** A translation in one language: Vaadin's {@code getTranslation} or {@code LocalTexts::get}. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... arguments);
    }

    static final String SEPARATOR = " · ";

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,9})])?");

    /**
     * The words of each node of the terms' paths, by its shape ({@code parties[].name}: list positions
     * left out). Literal keys, so that the module's MessagesTest fails on one the bundles lack; a list
     * item's key takes its position (and the party's name or the contribution's year).
     */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("registryNumber", "agreements.field.registry-number"),
            Map.entry("title", "agreements.field.title"),
            Map.entry("form", "agreements.field.form"),
            Map.entry("texts.background", "agreements.field.background"),
            Map.entry("texts.purpose", "agreements.field.purpose"),
            Map.entry("texts.targetGroup", "agreements.field.target-group"),
            Map.entry("texts.activities", "agreements.field.activities"),
            Map.entry("texts.valueBase", "agreements.field.value-base"),
            Map.entry("texts.overallGoals", "agreements.field.overall-goals"),
            Map.entry("texts.strategies", "agreements.field.strategies"),
            Map.entry("texts.organisation", "agreements.field.organisation"),
            Map.entry("texts.renegotiationClause", "agreements.field.renegotiation-clause"),
            Map.entry("texts.terminationClause", "agreements.field.termination-clause"),
            Map.entry("texts.disputeClause", "agreements.field.dispute-clause"),
            Map.entry("period", "agreements.ui.period"),
            Map.entry("period.start", "agreements.ui.form.start"),
            Map.entry("period.end", "agreements.ui.form.end"),
            Map.entry("period.renewalNoticeMonths", "agreements.ui.form.renewal-notice"),
            Map.entry("steering.composition", "agreements.field.steering-composition"),
            Map.entry("steering.minimumMeetingsPerYear", "agreements.ui.form.minimum-meetings"),
            Map.entry("followUp.clause", "agreements.field.follow-up-clause"),
            Map.entry("followUp.frequency", "agreements.field.reporting-frequency"),
            Map.entry("followUp.reportDueDays", "agreements.ui.form.report-due-days"),
            Map.entry("parties[]", "agreements.ui.history.party"),
            Map.entry("parties[].partnerId", "agreements.ui.form.partner"),
            Map.entry("parties[].name", "agreements.field.name"),
            Map.entry("parties[].organisationNumber", "agreements.field.organisation-number"),
            Map.entry("parties[].convenesSteeringGroup", "agreements.ui.convenes"),
            Map.entry("parties[].commitments[]", "agreements.ui.history.commitment"),
            Map.entry("parties[].signatories[]", "agreements.ui.history.signatory"),
            Map.entry("parties[].signatories[].name", "agreements.field.name"),
            Map.entry("parties[].signatories[].role", "agreements.ui.history.role"),
            Map.entry("parties[].signatories[].signedOn", "agreements.ui.form.signed-on"),
            Map.entry("parties[].contributions[]", "agreements.ui.history.contribution"),
            Map.entry("parties[].contributions[].year", "agreements.ui.year"),
            Map.entry("parties[].contributions[].amountSek", "agreements.ui.amount"),
            Map.entry("parties[].contributions[].description", "agreements.field.contribution-description"),
            Map.entry("decision.body", "agreements.field.decision-body"),
            Map.entry("decision.date", "agreements.ui.decision-date"),
            Map.entry("decision.registryNumber", "agreements.field.decision-registry-number"));

    /** Nodes that only group their fields: their fields' own words say enough ("Syfte", not "Texter · Syfte"). */
    private static final Set<String> GROUPS = Set.of("texts", "steering", "followUp", "decision");

    private enum Kind { TEXT, DATE, FORM, FREQUENCY, YES_NO, KRONOR, PARTNER }

    private static final Map<String, Kind> VALUES = Map.of(
            "form", Kind.FORM,
            "followUp.frequency", Kind.FREQUENCY,
            "period.start", Kind.DATE,
            "period.end", Kind.DATE,
            "decision.date", Kind.DATE,
            "parties[].signatories[].signedOn", Kind.DATE,
            "parties[].convenesSteeringGroup", Kind.YES_NO,
            "parties[].contributions[].amountSek", Kind.KRONOR,
            "parties[].partnerId", Kind.PARTNER);

    private final AgreementTerms before;
    private final AgreementTerms after;
    private final Words words;

    public DifferenceLabels(VersionComparison comparison, Words words) {
        this(comparison.before(), comparison.after(), words);
    }

    public DifferenceLabels(AgreementTerms before, AgreementTerms after, Words words) {
        this.before = before;
        this.after = after;
        this.words = words;
    }

    /** The field in words, e.g. "Part 2 (Junis Göteborg) · Undertecknare 1 · Namn". */
    public String field(String path) {
        Optional<List<Segment>> readable = segments(path);
        if (readable.isEmpty()) {
            return words.get("agreements.ui.history.other-field", String.valueOf(path));
        }
        List<Segment> segments = readable.get();
        List<String> said = new ArrayList<>();
        StringBuilder shape = new StringBuilder();
        int party = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            shape.append(i == 0 ? "" : ".").append(segment.name()).append(segment.position() == null ? "" : "[]");
            String key = LABELS.get(shape.toString());
            if (key == null && i < segments.size() - 1 && GROUPS.contains(shape.toString())) {
                continue;
            }
            if (key == null) {
                // what the module has words for, then the rest as it is: a new field is still told apart
                said.add(other(segments.subList(i, segments.size())));
                break;
            }
            if ("parties[]".contentEquals(shape)) {
                party = segment.position();
                said.add(partyLabel(party));
            } else if ("parties[].contributions[]".contentEquals(shape)) {
                said.add(contributionLabel(party, segment.position()));
            } else if (segment.position() != null) {
                said.add(words.get(key, String.valueOf(segment.position())));
            } else {
                said.add(words.get(key));
            }
        }
        return String.join(SEPARATOR, said);
    }

    /** The value in the version compared from, in words. */
    public String before(Difference difference) {
        return value(difference.field(), difference.before(), before);
    }

    /** The value in the version compared to, in words. */
    public String after(Difference difference) {
        return value(difference.field(), difference.after(), after);
    }

    private String value(String path, @Nullable String value, AgreementTerms terms) {
        Kind kind = VALUES.getOrDefault(shapeOf(path), Kind.TEXT);
        if (kind == Kind.PARTNER) {
            return partner(path, value, terms);
        }
        if (value == null || value.isBlank()) {
            return Formats.NONE;
        }
        try {
            return switch (kind) {
                case DATE -> Formats.date(LocalDate.parse(value));
                case FORM -> translatedOr("agreements.form." + value, value);
                case FREQUENCY -> translatedOr("agreements.reporting-frequency." + value, value);
                case YES_NO -> "true".equals(value) ? words.get("agreements.ui.history.yes")
                        : "false".equals(value) ? words.get("agreements.ui.history.no") : value;
                case KRONOR -> Formats.sek(Long.parseLong(value));
                default -> value;
            };
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            // a snapshot is kept for years; a value from an older form of the terms is shown as it was stored
            return value;
        }
    }

    /** A party's organisation by its name in that version: the register's id says nothing to a person. */
    private String partner(String path, @Nullable String value, AgreementTerms terms) {
        Optional<PartyTerms> party = segments(path).map(steps -> steps.get(0))
                .filter(s -> s.position() != null).flatMap(s -> party(terms, s.position()));
        if (party.isEmpty()) {
            return value == null || value.isBlank() ? Formats.NONE : value;
        }
        if (party.get().isTenant()) {
            return words.get("agreements.ui.form.tenant-party");
        }
        String name = party.get().name();
        return name == null || name.isBlank() ? value : name;
    }

    private String partyLabel(int position) {
        Optional<String> name = party(after, position).map(PartyTerms::name).filter(n -> !n.isBlank())
                .or(() -> party(before, position).map(PartyTerms::name).filter(n -> !n.isBlank()));
        return name.map(n -> words.get("agreements.ui.history.party", String.valueOf(position), n))
                .orElseGet(() -> words.get("agreements.ui.history.party-unnamed", String.valueOf(position)));
    }

    private String contributionLabel(int party, int position) {
        Optional<Integer> year = contribution(after, party, position).or(() -> contribution(before, party, position))
                .map(ContributionTerms::year);
        // the year as digits: a MessageFormat number would be grouped ("2 025")
        return year.map(y -> words.get("agreements.ui.history.contribution", String.valueOf(position), String.valueOf(y)))
                .orElseGet(() -> words.get("agreements.ui.history.contribution-unnamed", String.valueOf(position)));
    }

    private String other(List<Segment> rest) {
        return words.get("agreements.ui.history.other-field",
                String.join(".", rest.stream().map(Segment::toString).toList()));
    }

    private String translatedOr(String key, String value) {
        String text = words.get(key);
        return text == null || text.startsWith("!") ? value : text;
    }

    private static Optional<PartyTerms> party(@Nullable AgreementTerms terms, int position) {
        return terms == null || position < 1 || position > terms.parties().size() ? Optional.empty()
                : Optional.ofNullable(terms.parties().get(position - 1));
    }

    private static Optional<ContributionTerms> contribution(@Nullable AgreementTerms terms, int party, int position) {
        return party(terms, party).map(PartyTerms::contributions)
                .filter(list -> position >= 1 && position <= list.size())
                .map(list -> list.get(position - 1));
    }

    private static String shapeOf(String path) {
        return path == null ? "" : path.replaceAll("\\[\\d+]", "[]");
    }

    /** The path's steps, {@code parties[2]} as name and position; empty when a step cannot be read. */
    private static Optional<List<Segment>> segments(@Nullable String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>();
        for (String step : path.split("\\.", -1)) {
            Matcher matcher = SEGMENT.matcher(step);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            segments.add(new Segment(matcher.group(1), matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2))));
        }
        return Optional.of(segments);
    }

    private record Segment(String name, @Nullable Integer position) {
        @Override
        public String toString() {
            return position == null ? name : name + "[" + position + "]";
        }
    }
}
