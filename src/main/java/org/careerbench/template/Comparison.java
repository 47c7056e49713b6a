package org.careerbench.template;

/** What a figure or a table column is compared with: a template's {@code change:} values. */
public enum Comparison {
    /** The newest period published before this one ({@code previous}). */
    PREVIOUS,
    /** The same period a year earlier, when it was published ({@code year}). */
    YEAR;

    /** The word a template writes: previous or year. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
