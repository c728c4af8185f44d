package se.samverka.groups.group;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.groups.term.Term;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a case officer or the providing organisation says about a group. A group runs in a term ("VT 2025")
 * or, for continuous starts, between two dates; its leaders are functions with or without the training.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record GroupDetails(String name,
                           @Nullable String term,
                           @Nullable LocalDate startsOn,
                           @Nullable LocalDate endsOn,
                           @Nullable String venue,
                           @Nullable DayOfWeek weekday,
                           @Nullable LocalTime startTime,
                           @Nullable Integer sessionCount,
                           @Nullable Integer sessionMinutes,
                           @Nullable Integer capacity,
                           @Nullable Integer ageFrom,
                           @Nullable Integer ageTo,
                           @Nullable List<Leader> leaders) {

    public GroupDetails {
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
    }

    /** The term it names, if it names one. */
    public java.util.Optional<Term> parsedTerm() {
        return term == null || term.isBlank() ? java.util.Optional.empty() : Term.parse(term);
    }

    /** Trimmed and checked, the dates taken from the term when it has one; refused at the field. */
    GroupDetails validated() {
        String checkedName = Texts.required("name", "groups.field.group-name", name, Texts.SHORT);
        LocalDate start = startsOn;
        LocalDate end = endsOn;
        String checkedTerm = null;
        if (term != null && !term.isBlank()) {
            Term parsed = Term.parse(term).orElseThrow(() -> new Refusal("groups.group.term", term).at("term"));
            checkedTerm = parsed.toString();
            start = start == null ? parsed.start() : start;
            end = end == null ? parsed.end() : end;
        }
        if (start == null) {
            throw new Refusal("groups.group.start-required").at("startsOn");
        }
        if (end == null) {
            throw new Refusal("groups.group.end-required").at("endsOn");
        }
        if (end.isBefore(start)) {
            throw new Refusal("groups.group.ends-before-start", start, end).at("endsOn");
        }
        positive("sessionCount", sessionCount, 200);
        positive("sessionMinutes", sessionMinutes, 24 * 60);
        positive("capacity", capacity, 1000);
        positive("ageFrom", ageFrom, 120);
        positive("ageTo", ageTo, 120);
        if (ageFrom != null && ageTo != null && ageTo < ageFrom) {
            throw new Refusal("groups.programme.age-band", ageFrom, ageTo).at("ageTo");
        }
        List<Leader> checkedLeaders = new ArrayList<>();
        for (int i = 0; i < leaders.size(); i++) {
            Leader leader = leaders.get(i);
            String function = Texts.optional("leaders", "groups.field.leader-function", leader == null ? null : leader.function(), Texts.SHORT);
            if (function != null) {
                checkedLeaders.add(new Leader(function, leader.trained()));
            }
        }
        return new GroupDetails(checkedName, checkedTerm, start, end,
                Texts.optional("groups.field.venue", venue, Texts.SHORT), weekday, startTime, sessionCount, sessionMinutes,
                capacity, ageFrom, ageTo, checkedLeaders);
    }

    private static void positive(String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            throw new Refusal("groups.group.number", value, max).at(field);
        }
    }
}
