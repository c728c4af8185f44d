package se.samverka.platform.api.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record's tabs ({@link DetailTab}s in their order): the selected one is in the address
 * ({@code ?tab=<id>}), so a link or a reload opens the same tab, and each tab's content is made the first
 * time it is shown, so a record opens with one tab's queries.
 *
 * @param <R> the record the view shows
 */
public class DetailTabs<R> extends TabSheet {

    public static final String PARAMETER = "tab";

    private final String path;
    private final Map<Tab, DetailTab<R>> byTab = new LinkedHashMap<>();
    private final Map<Tab, Div> contents = new HashMap<>();
    private final R record;
    private final Runnable changed;

    /**
     * @param path     the view's path without the query, e.g. {@code agreements/12}
     * @param selected the tab asked for in the address ({@link #selectedIn}), else the first
     * @param changed  what the view does after a tab changed the record (read it again, render)
     */
    public DetailTabs(List<? extends DetailTab<R>> tabs, R record, String path, Optional<String> selected, Runnable changed) {
        this.record = record;
        this.path = path;
        this.changed = changed;
        setWidthFull();
        for (DetailTab<R> feature : tabs.stream().sorted(Comparator.comparingInt(DetailTab::order)).toList()) {
            if (!feature.visibleFor(record)) {
                continue;
            }
            Div content = new Div();
            content.setWidthFull();
            Tab tab = add(getTranslation(feature.labelKey()), content);
            tab.setId("tab-" + feature.id());
            byTab.put(tab, feature);
            contents.put(tab, content);
        }
        selected.flatMap(id -> byTab.entrySet().stream().filter(e -> e.getValue().id().equals(id)).findFirst())
                .ifPresent(e -> setSelectedTab(e.getKey()));
        fill(getSelectedTab());
        addSelectedChangeListener(e -> {
            fill(e.getSelectedTab());
            DetailTab<R> feature = byTab.get(e.getSelectedTab());
            if (feature != null) {
                remember(feature.id());
            }
        });
    }

    /** The tab the address asks for. */
    public static Optional<String> selectedIn(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(PARAMETER);
    }

    /** The id of the tab shown now. */
    public Optional<String> selectedId() {
        return Optional.ofNullable(byTab.get(getSelectedTab())).map(DetailTab::id);
    }

    private void fill(Tab tab) {
        Div content = contents.get(tab);
        if (content != null && content.getComponentCount() == 0) {
            content.add(byTab.get(tab).create(record, changed));
        }
    }

    private void remember(String id) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null, new Location(path, QueryParameters.of(PARAMETER, id)));
        }
    }
}
