package se.samverka.platform.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Arrays;

/**
 * Long text shown as it was written: a blank line starts a new paragraph, a single line break stays a
 * line break (lists of "- …" lines keep their shape), lines no longer than is comfortable to read.
 */
public final class Prose {

    public static final String CLASS_NAME = "samverka-prose";

    private Prose() {
    }

    public static Component of(String text) {
        Div prose = new Div();
        prose.addClassName(CLASS_NAME);
        if (text == null || text.isBlank()) {
            return prose;
        }
        Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .forEach(paragraph -> {
                    Paragraph p = new Paragraph(paragraph);
                    p.getStyle().set("white-space", "pre-line").set("max-width", "70ch");
                    prose.add(p);
                });
        return prose;
    }
}
