package org.careerbench.template;

import java.util.Optional;
import java.util.OptionalInt;
import org.careerbench.data.PayElement;
import org.careerbench.stats.Statistic;

/** One item of a {@code figures} block, by source. Immutable. */
public sealed interface FigureSpec {
    /** Name for placeholders: letters, digits and '_', starting with a letter. */
    String id();

    /** What the figure is, for the reader. */
    String label();

    /** A note replacing the generated one under the figure, if written. */
    Optional<String> note();

    /** Where the item and its keys are written. */
    KeyLines lines();

    /** The periods the figure shows its change since, in the order written; empty for none. */
    java.util.List<Comparison> change();

    /** {@code source: benchmark} (the default): one statistic of a filtered population. */
    record Salary(String id, String label, Optional<String> note, Statistic statistic, FilterSpec filter,
            Optional<PayElement> pay, java.util.List<Comparison> change, KeyLines lines) implements FigureSpec {
    }

    /** {@code source: observations}: how many observations a filter keeps. */
    record Count(String id, String label, Optional<String> note, FilterSpec filter, java.util.List<Comparison> change,
            KeyLines lines) implements FigureSpec {
    }

    /** {@code source: market}: a value or the growth of one market indicator. */
    record Market(String id, String label, Optional<String> note, MarketStatistic statistic,
            Optional<String> indicator, OptionalInt from, OptionalInt to, java.util.List<Comparison> change,
            KeyLines lines) implements FigureSpec {
    }

    /** What a market figure shows. */
    enum MarketStatistic {
        /** Compound annual growth between two years of the series. */
        CAGR,
        /** The series' first value. */
        FIRST,
        /** The series' last value. */
        LAST
    }
}
