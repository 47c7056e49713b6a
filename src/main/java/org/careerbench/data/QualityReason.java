package org.careerbench.data;

/** Why a row was dropped, changed or flagged during ingestion; each is counted, none is silent. */
public enum QualityReason {
    EXCLUDED_BY_MAPPING("not selected by the mapping's row filters", Action.DROPPED),
    EXACT_DUPLICATE("exact duplicate of an earlier row", Action.DROPPED),
    SALARY_NOT_AVAILABLE("salary marked as not available", Action.DROPPED),
    BELOW_FLOOR("salary below the plausible floor (monthly pay entered as annual?)", Action.DROPPED),
    ABOVE_CEILING("salary above the plausible ceiling", Action.DROPPED),
    BELOW_FLOOR_KEPT("salary below the plausible floor, kept as the policy says", Action.FLAGGED),
    ABOVE_CEILING_KEPT("salary above the plausible ceiling, kept as the policy says", Action.FLAGGED),
    CURRENCY_CONVERTED("salary converted to the reporting currency", Action.CHANGED),
    TOP_CODED("value top-coded by the publisher; the code value is used", Action.FLAGGED),
    TOP_CODED_NO_VALUE("value top-coded by the publisher without a figure ('#'); shown as not available",
            Action.FLAGGED),
    VALUE_MAPPED("value rewritten by the mapping's value map", Action.CHANGED),
    DATED_AFTER_PERIOD("salary dated (1 July of its year) after the run's effective date", Action.DROPPED),
    DATED_AFTER_PERIOD_KEPT("salary dated (1 July of its year) after the run's effective date, kept as the policy "
            + "says", Action.FLAGGED),
    THOUSANDS_SEPARATOR("number written with thousands separators, read without them", Action.CHANGED),
    SPREADSHEET_ESCAPE("spreadsheet escape =\"…\" removed", Action.CHANGED),
    CURRENCY_SYMBOL("currency symbol before a number removed", Action.CHANGED);

    /** What happened to the row. */
    public enum Action {
        DROPPED, CHANGED, FLAGGED;

        /** Lower-case word for reports. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String description;
    private final Action action;

    QualityReason(String description, Action action) {
        this.description = description;
        this.action = action;
    }

    public String description() {
        return description;
    }

    public Action action() {
        return action;
    }
}
