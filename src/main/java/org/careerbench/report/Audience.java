package org.careerbench.report;

import java.util.Locale;

/**
 * Who reads a deliverable, as its template declares ({@code audience:}; a burst's reports inherit
 * it). It decides what may appear at all: individual salaries — the observations behind the
 * figures, the employee roster — only in a workbook for {@link #ANALYST}s; every other audience
 * receives figures, each withheld by the suppression rule where too few people stand behind it.
 */
public enum Audience {
    /** Compensation analysts who work with the data itself: the only audience of microdata. */
    ANALYST,
    /** HR and managers: figures only. The default. */
    HR,
    /** Employees: figures only. */
    EMPLOYEE,
    /** Anyone, e.g. candidates or a published guide: figures only. */
    PUBLIC;

    /** The audience when a template names none: figures only, never individual salaries. */
    public static final Audience DEFAULT = HR;

    /** How a template writes it: {@code analyst}, {@code hr}, {@code employee}, {@code public}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this audience may receive individual salaries (observations, roster rows). */
    public boolean seesMicrodata() {
        return this == ANALYST;
    }
}
