package org.careerbench.report;

import java.util.Optional;
import org.careerbench.stats.Statistic;

/**
 * A cell whose value a spreadsheet recomputes, said by what it means — never as formula text —
 * with the value CareerBench computed for this run. A workbook renderer writes the formula (and
 * stores the value as its cached result, so viewers that do not recalculate show true numbers);
 * other renderers show the value. Column names are headers of the table that holds the cell;
 * "this row" is the cell's own row.
 */
public sealed interface LiveValue {
    /** What the formula evaluates to for this run: a {@code Number} or a {@code String}. */
    Object cached();

    /**
     * The aging factor of this row's year: whole months from July of the year paid to the month of
     * the workbook's effective date, by its aging method and rate.
     */
    record AgingFactor(String yearColumn, Double cached) implements LiveValue {
    }

    /** {@code left × right}, two columns of this row. */
    record Product(String left, String right, Double cached) implements LiveValue {
    }

    /**
     * {@code numerator / denominator}, two columns of this row; blank when {@code blankIfWithheld} and
     * the denominator is withheld (blank) on recalculation.
     */
    record Ratio(String numerator, String denominator, boolean blankIfWithheld, Double cached) implements LiveValue {
        /** A ratio of two columns that are always numbers. */
        public Ratio(String numerator, String denominator, Double cached) {
            this(numerator, denominator, false, cached);
        }
    }

    /** Where {@code value} lies between {@code min} and {@code max}: (value − min) / (max − min), this row. */
    record Penetration(String value, String min, String max, Double cached) implements LiveValue {
    }

    /**
     * A statistic of {@code valueColumn} over the rows of table {@code table} whose
     * {@code keyColumn} equals {@code key}; those rows are contiguous. Only for a published figure:
     * a withheld one is a value, never a formula that would give it back.
     */
    record CellStatistic(String table, String keyColumn, String key, String valueColumn, Statistic statistic,
            Object cached) implements LiveValue {
    }

    /**
     * The workbook's target percentile input of {@code valueColumn} over the rows of {@code table}
     * whose {@code keyColumn} equals {@code key} (contiguous), withheld by the suppression rule for
     * whatever percentile the input is set to: below {@code minCentral} rows, or below
     * {@code minTails} for a percentile under the 25th or over the 75th. An analyst who sets the
     * input to the 90th percentile never sees a figure the rule would withhold. The rows counted
     * are the numbers among them (a member column is blank elsewhere); with {@code indexColumn},
     * the figure is localised by this row's regional index (× index / 100).
     */
    record TargetPercentile(String table, String keyColumn, String key, String valueColumn, int minCentral,
            int minTails, Optional<String> indexColumn, Object cached) implements LiveValue {
        /** Without a regional index. */
        public TargetPercentile(String table, String keyColumn, String key, String valueColumn, int minCentral,
                int minTails, Object cached) {
            this(table, keyColumn, key, valueColumn, minCentral, minTails, Optional.empty(), cached);
        }
    }

    /**
     * This row's {@code valueColumn} when each condition holds (the column's text is exactly one of
     * the values), else blank: a column of one filter's aged salaries, which statistics ignore where
     * blank. {@code cached} is the value or the empty text.
     */
    record Member(java.util.Map<String, java.util.List<String>> conditions, String valueColumn, Object cached)
            implements LiveValue {
        public Member {
            conditions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conditions));
        }
    }

    /** A statistic of every number in column {@code column} of table {@code table}. */
    record ColumnStatistic(String table, String column, Statistic statistic, Object cached) implements LiveValue {
    }

    /** The current value of one of the workbook's inputs. */
    record Input(InputKey input, Object cached) implements LiveValue {
    }

    /** {@code nationalColumn} of the table's first row × this row's {@code indexColumn} / 100. */
    record Localised(String nationalColumn, String indexColumn, Double cached) implements LiveValue {
    }

    /** {@code left + right}, two columns of this row. */
    record Sum(String left, String right, Double cached) implements LiveValue {
    }

    /**
     * A pay gap: {@code (men − women) / men}, two columns of this row, as a share of the men's
     * figure (positive when women are paid less).
     */
    record Gap(String men, String women, Double cached) implements LiveValue {
    }

    /**
     * A pay gap within one group of a table: {@code (mean of men − mean of women) / mean of men}
     * of {@code valueColumn} over the rows whose {@code groupColumn} equals {@code group}, women and
     * men told apart by {@code sexColumn} ({@code female}, {@code male}); with {@code receivingOnly},
     * over the rows whose value is above 0.
     */
    record GroupGap(String table, String valueColumn, String sexColumn, String groupColumn, String group,
            boolean receivingOnly, Double cached) implements LiveValue {
    }

    /**
     * A share of a table's rows: those whose {@code partColumn} equals {@code partKey}, over those
     * whose {@code wholeColumn} equals {@code wholeKey}.
     */
    record Share(String table, String partColumn, String partKey, String wholeColumn, String wholeKey, Double cached)
            implements LiveValue {
    }

    /** The number of rows of {@code table} whose {@code payColumn} is below this row's. */
    record PaidLess(String table, String payColumn, Integer cached) implements LiveValue {
    }

    /**
     * The number of rows of {@code table} whose {@code payColumn} equals this row's (this row
     * included); with a {@code sexColumn}, only those of them whose sex is {@code female}.
     */
    record SamePay(String table, String payColumn, Optional<String> sexColumn, Integer cached)
            implements LiveValue {
    }

    /**
     * The number of rows of {@code table} above this one with this row's {@code payColumn} and
     * {@code sexColumn}: the rows of the same sex on the same pay that rank before it.
     */
    record AheadOnSamePay(String table, String payColumn, String sexColumn, Integer cached) implements LiveValue {
    }

    /**
     * This row's rank by pay, from 1, from four columns of this row (see
     * {@link org.careerbench.stats.PayGaps.Standing}): the rows paid less, then for the
     * {@code j}-th woman of the {@code k} on the same pay ({@code w} of them women)
     * {@code ⌈((j+1)·k − ⌊k/2⌋)/w⌉}, for the {@code j}-th man {@code ⌊(j·k + ⌊k/2⌋)/(k − w)⌋ + 1}.
     */
    record PayRank(String sexColumn, String paidLess, String samePay, String womenOnSamePay, String ahead,
            Integer cached) implements LiveValue {
    }

    /**
     * This row's quartile pay band, 1 (lower) to 4 (upper), from its {@code rankColumn} and the
     * number of rows of {@code table}: {@code ⌊4(rank − 1)/rows⌋ + 1}.
     */
    record QuartileBand(String table, String rankColumn, Integer cached) implements LiveValue {
    }

    /**
     * The number of rows of {@code table} in quartile pay band {@code band} (its {@code bandColumn})
     * whose {@code sexColumn} equals {@code sex}.
     */
    record BandCount(String table, String bandColumn, int band, String sexColumn, String sex, Integer cached)
            implements LiveValue {
    }

    /**
     * The {@code payColumn} of the lowest ranked row of quartile pay band {@code band} of
     * {@code table}, or with {@code highest} of its highest ranked row, by the table's
     * {@code rankColumn} (ranks 1 to the number of rows, each once).
     */
    record BandPay(String table, String payColumn, String rankColumn, int band, boolean highest, Double cached)
            implements LiveValue {
    }

    /** {@code part / (part + other)}, two columns of this row. */
    record ShareOfBoth(String part, String other, Double cached) implements LiveValue {
    }
}
