package se.samverka.platform.api.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * A module record's detail view ({@code <module>/:id}): the record's title, the module's header (facts,
 * warnings, actions) and its {@link DetailTabs}. A record the user may not see, another tenant's, or an id
 * that is no id, is a page that does not exist. After a change (by the header or a tab) the record is read
 * again and shown on the tab the user was on; a record that is gone leads back to the list.
 *
 * <p>Ids for tests and styling: the view is {@code <name>}, the title {@code <name>-title}, the tabs
 * {@code <name>-tabs}.
 *
 * @param <R> the record the view shows
 */
public abstract class RecordView<R> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String name;
    private final List<? extends DetailTab<R>> tabs;
    private R record;
    private String selectedTab;

    protected RecordView(String name, List<? extends DetailTab<R>> tabs) {
        this.name = name;
        this.tabs = tabs;
        setId(name);
    }

    /** The record, if it exists in the tenant and the user may see it. */
    protected abstract Optional<R> find(long id);

    /** The record's id, to read it again. */
    protected abstract long idOf(R record);

    /** The view's path for the record, without the query (e.g. {@code partnerships/12}). */
    protected abstract String pathOf(R record);

    /** Where a record that was removed meanwhile leads. */
    protected abstract String listRoute();

    /** The record's name as heading and browser title. */
    protected abstract String titleOf(R record);

    /** Message key of the browser title before a record is shown. */
    protected abstract String listTitleKey();

    /** Adds what stands between the title and the tabs: facts, warnings, actions. */
    protected abstract void addHeader(R record);

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        record = find(RouteIds.numeric(event, "id")).orElseThrow(NotFoundException::new);
        selectedTab = DetailTabs.selectedIn(event).orElse(null);
        render();
    }

    /** After a change: read the record again and stay on the same tab. */
    protected final void reload() {
        Optional<R> fresh = find(idOf(record));
        if (fresh.isEmpty()) {
            UI.getCurrent().navigate(listRoute());
            return;
        }
        record = fresh.get();
        render();
    }

    /** The record shown now. */
    protected final R record() {
        return record;
    }

    /** A fact of the header: "label: value", with an id for tests. */
    protected Span fact(String id, String labelKey, String value) {
        Span fact = new Span(getTranslation(labelKey) + ": " + value);
        fact.setId(id);
        return fact;
    }

    private void render() {
        removeAll();
        H1 title = new H1(titleOf(record));
        title.setId(name + "-title");
        add(title);
        addHeader(record);
        DetailTabs<R> sheet = new DetailTabs<>(tabs, record, pathOf(record), Optional.ofNullable(selectedTab), this::reload);
        sheet.setId(name + "-tabs");
        sheet.addSelectedChangeListener(e -> selectedTab = sheet.selectedId().orElse(selectedTab));
        add(sheet);
    }

    @Override
    public String getPageTitle() {
        return (record == null ? getTranslation(listTitleKey()) : titleOf(record)) + " – Samverka";
    }
}
