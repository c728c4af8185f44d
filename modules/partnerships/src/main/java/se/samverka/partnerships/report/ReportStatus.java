package se.samverka.partnerships.report;

import io.swagger.v3.oas.annotations.media.Schema;

/** due → draft → submitted to ICLD → approved by ICLD. */
@Schema(name = "PartnershipReportStatus")
public enum ReportStatus {
    DUE,
    DRAFT,
    SUBMITTED,
    APPROVED;

    public String labelKey() {
        return "partnerships.report-status." + name();
    }

    public boolean isOpen() {
        return this == DUE || this == DRAFT;
    }
}
