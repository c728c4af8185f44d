package se.samverka.agreements.export;

import jakarta.inject.Singleton;
import se.samverka.platform.api.i18n.LocalTexts;
import se.samverka.platform.kit.export.TableColumn;
import se.samverka.platform.kit.export.TableExport;

import java.util.List;

/**
 * The agreements list as a table, its columns declared once for both files (the platform kit's
 * {@link TableExport} writes the CSV for Swedish Excel and the workbook), with the rows the list shows
 * the current user for the same filters ({@link ExportRows}).
 */
@Singleton
class AgreementTable {

    private final ExportRows rows;

    AgreementTable(ExportRows rows) {
        this.rows = rows;
    }

    TableExport<ExportRow> in(LocalTexts labels) {
        return new TableExport<>(labels.get("agreements.export.sheet"), List.of(
                TableColumn.text(labels.get("agreements.field.registry-number"), 16, ExportRow::registryNumber),
                TableColumn.text(labels.get("agreements.field.title"), 50, ExportRow::title),
                TableColumn.text(labels.get("agreements.field.form"), 28, r -> labels.get("agreements.form." + r.form().name())),
                TableColumn.text(labels.get("agreements.export.status"), 18, r -> labels.get(r.status().labelKey())),
                TableColumn.text(labels.get("agreements.export.partners"), 40, r -> String.join(", ", r.partners())),
                TableColumn.date(labels.get("agreements.export.period-start"), ExportRow::periodStart),
                TableColumn.date(labels.get("agreements.export.period-end"), ExportRow::periodEnd),
                TableColumn.date(labels.get("agreements.export.renewal-talks-start"), ExportRow::renewalTalksStart),
                TableColumn.date(labels.get("agreements.export.decision-date"), ExportRow::decisionDate),
                TableColumn.sek(labels.get("agreements.export.contributions"), ExportRow::contributionsSek)));
    }

    TableExport.Rows<ExportRow> rows(ExportQuery query) {
        return sink -> rows.forEach(query, sink);
    }
}
