package se.samverka.platform.api.ui;

import com.vaadin.flow.component.Component;

/**
 * One tab of a record's detail view ({@link DetailTabs}). Each tab is a bean of its own feature, so the
 * detail view only arranges them and a feature brings its tab without touching the view. A module
 * declares its own sub-interface for its record type (e.g. {@code AgreementTab extends DetailTab<AgreementDetails>})
 * and lets the view inject the list of them.
 *
 * @param <R> the record the view shows
 */
public interface DetailTab<R> {

    /** Where the tab stands among the others, smallest first. */
    int order();

    /** Message key of the tab's label. */
    String labelKey();

    /** A stable id for the tab, in the address ({@code ?tab=<id>}) and in tests. */
    String id();

    /** Whether the signed-in user sees this tab for the record (the view has already checked the record itself). */
    default boolean visibleFor(R record) {
        return true;
    }

    /**
     * The tab's content, created when the tab is first shown, in the UI thread with tenant and user set.
     * {@code changed} is to be called after the tab changed the record, so the view reloads it.
     */
    Component create(R record, Runnable changed);
}
