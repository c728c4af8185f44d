package se.samverka.agreements.ui.status;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.micronaut.context.annotation.Prototype;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.overview.AgreementStatusCounts;
import se.samverka.agreements.ui.list.AgreementsListView;
import se.samverka.platform.api.ui.BarChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tenant's agreements per status as the platform's bar chart: one bar per status, read as "aktiv: 12",
 * opening the list filtered by that status.
 */
@Prototype
public class StatusChart extends Div {

    StatusChart(AgreementStatusCounts counts) {
        setId("agreements-status-chart");
        Map<AgreementStatus, Long> byStatus = counts.countsByStatus();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            Paragraph empty = new Paragraph(getTranslation("agreements.widget.status-empty"));
            empty.setId("agreements-status-empty");
            add(empty);
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        byStatus.forEach((status, count) -> bars.add(new BarChart.Bar("agreements-status-" + status.name(),
                getTranslation(status.labelKey()), count, String.valueOf(count),
                AgreementsListView.ROUTE + "?status=" + status.name())));
        add(new BarChart(getTranslation("agreements.widget.status-label", total), bars));
    }
}
