package se.samverka.agreements.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

/** The value a report gives for one indicator: a number or a text, as the indicator's kind says. */
@MappedEntity("agreements_report_figure")
public record ReportFigure(@Id @GeneratedValue @Nullable Long id,
                           @TenantId @Nullable String tenantId,
                           long reportId,
                           long indicatorId,
                           @Nullable Long numberValue,
                           @Nullable String textValue) {
}
