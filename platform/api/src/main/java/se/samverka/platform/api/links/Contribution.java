package se.samverka.platform.api.links;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What one module's record reports into another module's record, shown there where people work: a
 * programme's accepted half-year figures in the follow-up of the agreement it is run under. Its lines are
 * label keys of the source module's bundle with values already protected for the viewer.
 *
 * @param period the period it reports for, as people read it (e.g. {@code VT 2025})
 * @param note   a line under it, e.g. the footnote explaining hidden counts (translated where it is shown)
 */
public record Contribution(RecordReference source, String title, String period, List<Line> lines, String path,
                           @Nullable Note note) {

    public Contribution {
        lines = List.copyOf(lines);
    }

    /** A figure: its label's message key and the value as the viewer may see it. */
    public record Line(String labelKey, String value) {
    }

    /** A message of the source module's bundle with its arguments. */
    public record Note(String key, List<Object> arguments) {
        public Note {
            arguments = List.copyOf(arguments);
        }
    }
}
