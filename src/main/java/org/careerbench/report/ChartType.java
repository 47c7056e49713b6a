package org.careerbench.report;

import java.util.Locale;

/** Chart kinds every renderer can draw natively. */
public enum ChartType {
    /** Lines over ordered categories (e.g. years). */
    LINE,
    /** Vertical bars, one group per category. */
    BAR,
    /** Horizontal bars, for long category labels such as skill names. */
    HBAR,
    /** Stacked vertical bars: parts of a whole, e.g. base, bonus and equity. */
    STACKED,
    /**
     * Pay range by category: columns P10, P25, P50, P75, P90, range min, range max — a P25–P75
     * box with a P50 mark and P10/P90 whiskers, over the published range.
     */
    BOX;

    /** The word a template writes for this type: line, bar, hbar, stacked or box. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
