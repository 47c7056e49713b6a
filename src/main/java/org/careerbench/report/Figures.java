package org.careerbench.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A report's figures as data, with the basis they were computed on. Immutable.
 *
 * @param rows          the figures, in the order the report shows them
 * @param effectiveDate the date salaries were aged to, when the report ages them
 * @param method        how the figures were made, in a stable form for comparison, e.g.
 *                      "aging compound 3%/year; suppression n>=5 central, n>=10 tails"
 */
public record Figures(List<Figure> rows, Optional<LocalDate> effectiveDate, String method) {
    /** No figures. */
    public static final Figures NONE = new Figures(List.of(), Optional.empty(), "");

    public Figures {
        rows = List.copyOf(rows);
    }

    /**
     * The suppression rules the figures were made under, from the method: e.g. "n>=5 central, n>=10
     * tails, complementary for means", or for a pay gap "n>=5 women and 5 men", joined by "; " when
     * a report has both; empty when the method names none.
     */
    public String suppression() {
        java.util.List<String> rules = new java.util.ArrayList<>();
        for (String part : method.split(";")) {
            String p = part.strip();
            if (p.startsWith("suppression ")) {
                rules.add(p.substring("suppression ".length()));
            } else if (p.startsWith("pay gap ") && p.contains("n>=")) {
                rules.add(p.substring(p.indexOf("n>=")));
            }
        }
        return String.join("; ", rules);
    }
}
