package org.careerbench.template;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.ChartType;
import org.careerbench.stats.Statistic;

/** A {@code ```chart} block, one record per {@code source}, each with exactly its keys. Immutable. */
public sealed interface ChartSpec extends BlockSpec {
    /** The chart's data table name ({@code name:}), if written. */
    Optional<String> name();

    /** The chart's title, empty for the default. */
    String title();

    /** How the chart is drawn. */
    ChartType type();

    /** Axis titles as written; empty for the defaults. */
    Axes axes();

    /** The source word, as a template writes it. */
    String source();

    /** Axis titles; an empty one takes the default from the data. */
    record Axes(String category, String value) {
        /** Both axes titled from the data. */
        public static final Axes DEFAULT = new Axes("", "");
    }

    /** Chosen statistics of one grouping column. */
    record Benchmark(Optional<String> name, String title, ChartType type, Axes axes, SalaryDimension rows,
            FilterSpec filter, List<Statistic> statistics, Optional<PayElement> pay, RowOrderSpec order,
            KeyLines lines) implements ChartSpec, Filtered {
        public Benchmark {
            statistics = List.copyOf(statistics);
        }

        @Override
        public String source() {
            return "benchmark";
        }
    }

    /** Per level, a box of P25–P75 with whiskers over the published range. */
    record Ranges(Optional<String> name, String title, Axes axes, FilterSpec filter, Optional<PayElement> pay,
            KeyLines lines) implements ChartSpec, Filtered {
        @Override
        public ChartType type() {
            return ChartType.BOX;
        }

        @Override
        public String source() {
            return "ranges";
        }
    }

    /** Mean base, bonus and equity by level, stacked. */
    record PayMix(Optional<String> name, String title, FilterSpec filter, KeyLines lines) implements ChartSpec, Filtered {
        @Override
        public ChartType type() {
            return ChartType.STACKED;
        }

        @Override
        public Axes axes() {
            return Axes.DEFAULT;
        }

        @Override
        public String source() {
            return "paymix";
        }
    }

    /**
     * The share of women and of men in each quartile pay band of the roster (the pay transparency
     * report's figure (f)), stacked to 100%.
     *
     * @param fullTimeHours the hours of a full-time week, for an employee given by FTE
     * @param minimumN      the fewest people a band needs to be drawn
     */
    record PayGap(Optional<String> name, String title, double fullTimeHours, int minimumN,
            org.careerbench.stats.PayGaps.Rules rules, KeyLines lines) implements ChartSpec {
        @Override
        public ChartType type() {
            return ChartType.STACKED;
        }

        @Override
        public Axes axes() {
            return Axes.DEFAULT;
        }

        @Override
        public String source() {
            return "pay-gap";
        }
    }

    /** One market indicator's series. */
    record Market(Optional<String> name, String title, ChartType type, Axes axes, Optional<String> indicator,
            KeyLines lines) implements ChartSpec {
        @Override
        public String source() {
            return "market";
        }
    }

    /** The demand index by skill. */
    record Skills(Optional<String> name, String title, ChartType type, Axes axes, OptionalInt top, KeyLines lines)
            implements ChartSpec {
        @Override
        public String source() {
            return "skills";
        }
    }

    /**
     * Key figures of this template over the newest {@code periods} published periods, this one
     * included, one series a figure.
     */
    record History(Optional<String> name, String title, ChartType type, Axes axes, List<String> figures, int periods,
            KeyLines lines) implements ChartSpec {
        public History {
            figures = List.copyOf(figures);
        }

        @Override
        public String source() {
            return "history";
        }
    }
}
