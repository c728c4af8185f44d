package se.samverka.platform.api.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.links.Contribution;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.refusal.Refusal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The view pieces every module shares, in a browserless Vaadin. */
class UiKitTest {

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void done() {
        MockVaadin.tearDown();
    }

    @Test
    void aCalloutIsAnnouncedWhenItWarnsOrReportsAnErrorAndSaysItsText() {
        Callout warning = Callout.warning("Styrgruppen har träffats färre gånger än avtalat.");
        assertThat(warning.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(warning.getText()).isEqualTo("Styrgruppen har träffats färre gånger än avtalat.");
        assertThat(warning.getClassNames()).contains(Callout.CLASS_NAME, "samverka-callout-warning");
        assertThat(Callout.error("x").getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(Callout.info("x").getElement().getAttribute("role")).isEqualTo("status");
    }

    @Test
    void aRefusalIsShownAtTheFieldBoundToItsNameOrTheNearestAbove() {
        TextField end = new TextField();
        TextField period = new TextField();
        TextField title = new TextField();
        FieldRefusals refusals = new FieldRefusals().bind("period.end", end).bind("period", period).bind("title", title);

        assertThat(refusals.show(new Refusal("m.end-before-start").at("period.end"))).isTrue();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isNotBlank();

        assertThat(refusals.show(new Refusal("m.renewal").at("period.renewalNoticeMonths"))).isTrue();
        assertThat(period.isInvalid()).isTrue();
        assertThat(end.isInvalid()).as("the earlier refusal is cleared").isFalse();

        assertThat(refusals.show(new Refusal("refusal.text.required", Refusal.label("m.field.title")))).isTrue();
        assertThat(title.isInvalid()).isTrue();

        assertThat(refusals.show(new Refusal("m.something-else"))).as("no field takes it").isFalse();
    }

    @Test
    void aRouteIdIsANumberOrThePagesDoNotExist() {
        assertThat(RouteIds.numeric("42")).isEqualTo(42L);
        for (String wrong : new String[]{"", "-1", "4a", "1".repeat(19), "٤٢"}) {
            assertThatThrownBy(() -> RouteIds.numeric(wrong)).as(wrong).isInstanceOf(NotFoundException.class);
        }
    }

    record Thing(String name) {
    }

    static DetailTab<Thing> tab(String id, int order, AtomicInteger made, boolean visible) {
        return new DetailTab<>() {
            public int order() {
                return order;
            }

            public String labelKey() {
                return "tab." + id;
            }

            public String id() {
                return id;
            }

            public boolean visibleFor(Thing thing) {
                return visible;
            }

            public Component create(Thing thing, Runnable changed) {
                made.incrementAndGet();
                return new Span(id + " of " + thing.name());
            }
        };
    }

    @Test
    void tabsComeInTheirOrderTheOneAskedForIsSelectedAndEachIsMadeWhenFirstShown() {
        AtomicInteger overview = new AtomicInteger();
        AtomicInteger history = new AtomicInteger();
        AtomicInteger hidden = new AtomicInteger();
        DetailTabs<Thing> tabs = new DetailTabs<>(List.of(tab("history", 60, history, true), tab("overview", 10, overview, true),
                tab("secret", 20, hidden, false)), new Thing("IOP"), "things/1", Optional.of("history"), () -> { });
        UI.getCurrent().add(tabs);

        assertThat(tabs.getTabAt(0).getId()).contains("tab-overview");
        assertThat(tabs.selectedId()).contains("history");
        assertThat(history.get()).isEqualTo(1);
        assertThat(overview.get()).as("not shown yet, not made").isZero();
        assertThat(hidden.get()).isZero();

        tabs.setSelectedIndex(0);
        assertThat(overview.get()).isEqualTo(1);
        tabs.setSelectedIndex(1);
        tabs.setSelectedIndex(0);
        assertThat(overview.get()).as("made once").isEqualTo(1);
        assertThat(history.get()).isEqualTo(1);
    }

    @Test
    void amountsAreWholeKronorAndTimesSwedish() {
        assertThat(Formats.sek(1_250_000).replace('\u00a0', ' ')).isEqualTo("1 250 000 kr");
        assertThat(Formats.count(1_204)).isEqualTo("1\u00a0204");
        assertThat(Formats.dateTime(java.time.Instant.parse("2026-07-01T10:00:00Z"))).isEqualTo("2026-07-01 12:00");
        assertThat(Formats.dateTime(null)).isEqualTo(Formats.NONE);
    }

    @Test
    void contributionsShowAsTitledFigureListsLinkedToWhereTheyComeFromAndNothingWhenThereAreNone() {
        ContributionList none = new ContributionList(List.of());
        assertThat(none.isVisible()).isFalse();

        ContributionList one = new ContributionList(List.of(new Contribution(
                new RecordReference("groups", "follow-up", "3"), "Klubb BUSA", "HT 2025",
                List.of(new Contribution.Line("groups.field.enrolled", "12")),
                "groups/1?tab=follow-up", null)));
        assertThat(one.isVisible()).isTrue();
        assertThat(one.getElement().getTextRecursively()).contains("Klubb BUSA – HT 2025", "12");
        assertThat(one.getElement().getChild(1).getAttribute("data-reference")).isEqualTo("groups:follow-up:3");
        assertThat(one.getElement().getChild(1).getChild(1).getTag()).as("a description list").isEqualTo("dl");
    }

    @Test
    void aBarChartIsAListReadAsLabelAndFigureWithDecorativeBars() {
        BarChart chart = new BarChart("Per status", List.of(new BarChart.Bar("b1", "aktiv", 12, "12", "agreements?status=ACTIVE"),
                new BarChart.Bar("b2", "Liten grupp", 0, "<5", null)));

        assertThat(chart.getElement().getTag()).isEqualTo("ul");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Per status");
        assertThat(chart.getElement().getChild(0).getChild(0).getAttribute("aria-label")).isEqualTo("aktiv: 12");
        assertThat(chart.getElement().getChild(0).getChild(0).getAttribute("href")).isEqualTo("agreements?status=ACTIVE");
        assertThat(chart.getElement().getChild(1).getChild(0).getAttribute("aria-label")).isEqualTo("Liten grupp: <5");
        assertThat(chart.getElement().getChild(0).getChild(0).getChild(1).getAttribute("aria-hidden")).isEqualTo("true");
    }

    @Test
    void aSaveThatIsRefusedShowsItAtTheFieldAndTypingShowsEveryBrokenRule() {
        TextField enrolled = new TextField();
        TextField remaining = new TextField();
        FieldRefusals refusals = new FieldRefusals().bind("enrolled", enrolled).bind("remaining", remaining);

        assertThat(refusals.attempt(() -> {
            throw new Refusal("x.rule").at("remaining");
        })).isFalse();
        assertThat(remaining.isInvalid()).isTrue();
        assertThat(refusals.attempt(() -> { })).isTrue();
        assertThat(remaining.isInvalid()).as("cleared by the next attempt").isFalse();
        assertThatThrownBy(() -> refusals.attempt(() -> {
            throw new Refusal("x.rule").at("elsewhere");
        })).as("no field takes it: the platform shows it").isInstanceOf(Refusal.class);

        refusals.showWhileTyping(List.of(new Refusal("x.one").at("enrolled"), new Refusal("x.two").at("remaining")));
        assertThat(enrolled.isInvalid()).isTrue();
        assertThat(remaining.isInvalid()).as("both at once").isTrue();
        refusals.showWhileTyping(List.of());
        assertThat(enrolled.isInvalid()).isFalse();
    }

    @Test
    void aRecordsHistoryListsEachChangeFromAndTo() {
        assertThat(RecordHistory.changes(java.util.Map.of("enrolled", new se.samverka.platform.api.audit.AuditLog.Change(12, 14)),
                field -> field.equals("enrolled") ? "Inskrivna" : field)).isEqualTo("Inskrivna: 12 → 14");
        assertThat(RecordHistory.changes(java.util.Map.of("comment", new se.samverka.platform.api.audit.AuditLog.Change(null, "…")),
                field -> field)).isEqualTo("comment: – → …");
        RecordHistory empty = new RecordHistory(List.of(), e -> "", field -> field);
        assertThat(empty.getColumns()).hasSize(4);
    }
}
