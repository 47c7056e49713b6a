package org.careerbench.report;

/**
 * The value of a table cell or figure withheld for too few observations. Renderers show it
 * as "—" or a blank with a footnote, never as 0.
 */
public enum Suppressed {
    /** The single marker value. */
    VALUE;

    @Override
    public String toString() {
        return "—";
    }
}
