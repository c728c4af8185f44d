package se.samverka.partnerships.report;

/** An annual report for an accounting year of a phase, or the final report of a phase. */
public enum ReportKind {
    ANNUAL,
    FINAL;

    public String labelKey() {
        return "partnerships.report-kind." + name();
    }
}
