package se.samverka.agreements.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

import java.time.LocalDate;

/**
 * A period the partner reports for, kept in step with the agreement's period and frequency (see
 * {@link ReportingPeriods}); stored, so that due dates can be found with an index by reminders.
 *
 * @param label the calendar block, e.g. {@code 2024-H1}, {@code 2024-Q3}, {@code 2024}: it identifies
 *              the period when the agreement's dates move
 */
@MappedEntity("agreements_reporting_period")
public record ReportingPeriod(@Id @GeneratedValue @Nullable Long id,
                              @TenantId @Nullable String tenantId,
                              long agreementId,
                              String label,
                              LocalDate startsOn,
                              LocalDate endsOn,
                              LocalDate dueOn) {
}
