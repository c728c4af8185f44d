package se.samverka.partnerships.results;

import java.util.Optional;

/** The levels of a results framework (LFA), each under the one before: goal → outcome → output → activity. */
public enum ResultLevel {
    GOAL,
    OUTCOME,
    OUTPUT,
    ACTIVITY;

    /** The level a result of this level sits under (none for the goal). */
    public Optional<ResultLevel> parent() {
        return this == GOAL ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public String labelKey() {
        return "partnerships.result-level." + name();
    }
}
