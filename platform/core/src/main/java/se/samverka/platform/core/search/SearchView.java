package se.samverka.platform.core.search;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.ui.AddressQuery;
import se.samverka.platform.api.ui.Formats;
import se.samverka.platform.core.ui.MainLayout;

import java.util.List;

/**
 * The results of the header's search ({@code search?q=…}): the hits the user may see, grouped by kind
 * (agreements, reports, minutes, documents, partner organisations), the first few of each with "Visa fler"
 * for the next. How many are shown is said in a status line that screen readers announce.
 */
@Prototype
@PermitAll
@Route(value = SearchView.ROUTE, layout = MainLayout.class)
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "search";
    static final String PARAMETER = "q";

    /** How many hits of each kind show at first, and with each "Visa fler". */
    static final int PAGE = 5;

    private final TenantSearch search;
    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final Div groups = new Div();
    private String words = "";

    SearchView(TenantSearch search) {
        this.search = search;
        setId("search-view");
        status.setId("search-status");
        // announced when the results change, without moving the reader
        status.getElement().setAttribute("role", "status");
        groups.setId("search-groups");
        groups.setWidthFull();
        add(heading, status, groups);
    }

    /** The address of the search for the words. */
    public static QueryParameters query(String words) {
        return QueryParameters.of(PARAMETER, words == null ? "" : words);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        words = AddressQuery.of(event.getLocation().getQueryParameters()).text(PARAMETER).orElse("").strip();
        show();
    }

    private void show() {
        groups.removeAll();
        heading.setText(words.isEmpty() ? getTranslation("search.title") : getTranslation("search.title-for", words));
        if (words.isEmpty()) {
            status.setText(getTranslation("search.no-words"));
            return;
        }
        List<SearchGroup> found = search.search(words, PAGE);
        if (found.isEmpty()) {
            status.setText(getTranslation("search.empty", words));
            return;
        }
        found.forEach(group -> groups.add(new GroupSection(group)));
        announce();
    }

    private void announce() {
        List<GroupSection> sections = groups.getChildren().filter(GroupSection.class::isInstance).map(GroupSection.class::cast).toList();
        int shown = sections.stream().mapToInt(GroupSection::shown).sum();
        boolean more = sections.stream().anyMatch(GroupSection::hasMore);
        status.setText(getTranslation(more ? "search.count-more" : "search.count", shown, sections.size()));
    }

    /** One kind's hits: a heading, the list and, while there are more, the button that shows them. */
    private final class GroupSection extends Section {

        private final UnorderedList list = new UnorderedList();
        private final Button more = new Button();
        private SearchGroup group;

        GroupSection(SearchGroup group) {
            this.group = group;
            String id = group.kind().id().replace(':', '-');
            setId("search-group-" + id);
            addClassName("search-group");
            String label = getTranslation(group.kind().labelKey());
            H2 title = new H2(label);
            title.setId("search-heading-" + id);
            getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
            list.addClassName("search-hits");
            list.getStyle().set("padding-left", "0").set("list-style", "none");
            group.hits().forEach(hit -> list.add(item(hit)));
            more.setText(getTranslation("search.more"));
            more.setAriaLabel(getTranslation("search.more-of", label));
            more.setId("search-more-" + id);
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(e -> showMore());
            more.setVisible(group.more());
            add(title, list, more);
        }

        int shown() {
            return group.hits().size();
        }

        boolean hasMore() {
            return group.more();
        }

        private void showMore() {
            int before = group.hits().size();
            search.more(words, group.kind().id(), group.offset() + before, PAGE).ifPresent(next -> {
                group = group.followedBy(next);
                List<ListItem> added = next.hits().stream().map(SearchView.this::item).toList();
                added.forEach(list::add);
                more.setVisible(group.more());
                // the keyboard goes on where the new hits start, not back to the page's top
                added.stream().findFirst().flatMap(item -> item.getChildren().filter(Anchor.class::isInstance).findFirst())
                        .ifPresent(link -> link.getElement().callJsFunction("focus"));
                announce();
            });
        }
    }

    private ListItem item(SearchHit hit) {
        Anchor link = new Anchor(hit.path(), hit.title());
        link.addClassName("search-hit-link");
        ListItem item = new ListItem(link);
        item.addClassName("search-hit");
        item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        if (hit.date() != null) {
            Span date = new Span(" · " + Formats.date(hit.date()));
            date.getStyle().set("color", "var(--lumo-secondary-text-color)");
            item.add(date);
        }
        if (hit.context() != null && !hit.context().isBlank()) {
            Paragraph context = new Paragraph(hit.context());
            context.addClassName("search-hit-context");
            context.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            item.add(context);
        }
        return item;
    }

    /** The words searched, as shown in the heading. */
    String words() {
        return words;
    }

    @Override
    public String getPageTitle() {
        return (words.isEmpty() ? getTranslation("search.title") : getTranslation("search.title-for", words)) + " – Samverka";
    }
}
