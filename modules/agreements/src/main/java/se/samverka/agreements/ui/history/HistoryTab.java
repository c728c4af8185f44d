package se.samverka.agreements.ui.history;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import jakarta.inject.Singleton;
import se.samverka.platform.api.ui.RecordHistory;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.StatusChange;
import se.samverka.agreements.history.AgreementHistory;
import se.samverka.agreements.history.AgreementVersion;
import se.samverka.agreements.history.Difference;
import se.samverka.agreements.history.DifferenceLabels;
import se.samverka.agreements.history.VersionComparison;
import se.samverka.agreements.ui.AgreementTab;
import se.samverka.platform.api.ui.Formats;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The agreement's history: its decided versions (with the decision and reason behind each), what
 * differs between two chosen versions, and every status change.
 */
@Singleton
public class HistoryTab implements AgreementTab {

    private final AgreementHistory history;
    private final Agreements agreements;

    HistoryTab(AgreementHistory history, Agreements agreements) {
        this.history = history;
        this.agreements = agreements;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String labelKey() {
        return "agreements.tab.history";
    }

    @Override
    public String id() {
        return "history";
    }

    @Override
    public Component create(AgreementDetails agreement, Runnable changed) {
        Div tab = new Div();
        tab.setId("agreement-history");
        List<AgreementVersion> versions = history.versions(agreement.id());

        tab.add(new H2(tab.getTranslation("agreements.ui.history.versions")));
        Grid<AgreementVersion> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.addColumn(AgreementVersion::versionNumber).setHeader(tab.getTranslation("agreements.ui.version-number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.dateTime(v.recordedAt())).setHeader(tab.getTranslation("agreements.ui.history.recorded"))
                .setAutoWidth(true);
        grid.addColumn(v -> tab.getTranslation(RecordHistory.ACTOR, Refusal.person(v.recordedBy()))).setHeader(tab.getTranslation("agreements.ui.history.by")).setAutoWidth(true);
        grid.addColumn(v -> v.decision().map(d -> tab.getTranslation("agreements.ui.decision-text", d.body(),
                Formats.date(d.date()), d.registryNumber())).orElse("–")).setHeader(tab.getTranslation("agreements.ui.decision"));
        grid.addColumn(v -> v.reason() == null ? "–" : v.reason()).setHeader(tab.getTranslation("agreements.field.reason"));
        grid.setEmptyStateText(tab.getTranslation("agreements.ui.history.no-versions"));
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        tab.add(grid);

        if (versions.size() >= 2) {
            tab.add(comparison(tab, agreement.id(), versions));
        }

        tab.add(new H2(tab.getTranslation("agreements.ui.history.status-changes")));
        Grid<StatusChange> changes = new Grid<>();
        changes.setId("status-changes-grid");
        changes.addColumn(c -> Formats.dateTime(c.changedAt())).setHeader(tab.getTranslation("agreements.ui.history.recorded")).setAutoWidth(true);
        changes.addColumn(c -> tab.getTranslation(c.fromStatus().labelKey()) + " → " + tab.getTranslation(c.toStatus().labelKey()))
                .setHeader(tab.getTranslation("agreements.ui.history.change")).setAutoWidth(true);
        changes.addColumn(c -> tab.getTranslation(RecordHistory.ACTOR, Refusal.person(c.changedBy()))).setHeader(tab.getTranslation("agreements.ui.history.by")).setAutoWidth(true);
        changes.addColumn(c -> c.reason() == null ? "–" : c.reason()).setHeader(tab.getTranslation("agreements.field.reason"));
        changes.setEmptyStateText(tab.getTranslation("agreements.ui.history.no-status-changes"));
        changes.setItems(agreements.statusChanges(agreement.id()));
        changes.setAllRowsVisible(true);
        tab.add(changes);
        return tab;
    }

    /** Two versions to compare, the latest against the one before by default. */
    private Component comparison(Div tab, long agreementId, List<AgreementVersion> versions) {
        Div comparison = new Div();
        comparison.add(new H2(tab.getTranslation("agreements.ui.history.compare")));
        List<Integer> numbers = versions.stream().map(AgreementVersion::versionNumber).toList();
        Select<Integer> from = new Select<>();
        from.setId("compare-from");
        from.setLabel(tab.getTranslation("agreements.ui.history.from"));
        from.setItems(numbers);
        from.setValue(numbers.get(numbers.size() - 2));
        Select<Integer> to = new Select<>();
        to.setId("compare-to");
        to.setLabel(tab.getTranslation("agreements.ui.history.to"));
        to.setItems(numbers);
        to.setValue(numbers.get(numbers.size() - 1));

        // the words depend on the two versions compared (which party parties[2] is), so they change with each comparison
        AtomicReference<DifferenceLabels> labels = new AtomicReference<>();
        Grid<Difference> differences = new Grid<>();
        differences.setId("differences-grid");
        differences.addColumn(d -> labels.get().field(d.field())).setKey("field")
                .setHeader(tab.getTranslation("agreements.ui.history.field")).setAutoWidth(true);
        differences.addColumn(d -> labels.get().before(d)).setKey("before").setHeader(tab.getTranslation("agreements.ui.history.before"));
        differences.addColumn(d -> labels.get().after(d)).setKey("after").setHeader(tab.getTranslation("agreements.ui.history.after"));
        differences.setEmptyStateText(tab.getTranslation("agreements.ui.history.no-differences"));
        differences.setAllRowsVisible(true);
        Runnable compare = () -> {
            VersionComparison compared = history.comparison(agreementId, from.getValue(), to.getValue());
            labels.set(new DifferenceLabels(compared, tab::getTranslation));
            differences.setItems(compared.differences());
        };
        Button show = new Button(tab.getTranslation("agreements.ui.history.show"), e -> compare.run());
        show.setId("compare-show");
        HorizontalLayout choice = new HorizontalLayout(from, to, show);
        choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        comparison.add(choice, differences);
        compare.run();
        return comparison;
    }
}
