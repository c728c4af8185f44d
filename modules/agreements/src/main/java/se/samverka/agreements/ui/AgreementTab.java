package se.samverka.agreements.ui;

import com.vaadin.flow.component.Component;
import se.samverka.agreements.agreement.AgreementDetails;

/**
 * One tab of the agreement's detail view. Each tab is a bean of its own feature (overview, parties,
 * steering group, follow-up, documents, history), so the detail view only arranges them and a
 * feature brings its tab without touching the view.
 */
public interface AgreementTab {

    /** Overview 10, parties and commitments 20, steering group 30, follow-up 40, documents 50, history 60. */
    int order();

    /** Message key of the tab's label, e.g. {@code agreements.tab.documents}. */
    String labelKey();

    /** A stable id for the tab (used in the URL and in tests), e.g. {@code documents}. */
    String id();

    /** Whether the signed-in user sees this tab for the agreement (the view has already checked the agreement itself). */
    default boolean visibleFor(AgreementDetails agreement) {
        return true;
    }

    /**
     * The tab's content, created when the tab is first shown, in the UI thread with tenant and user set.
     * {@code changed} is to be called after the tab changed the agreement, so the view reloads it.
     */
    Component create(AgreementDetails agreement, Runnable changed);
}
