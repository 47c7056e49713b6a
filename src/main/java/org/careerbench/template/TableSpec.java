package org.careerbench.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.stats.Statistic;

/** A {@code ```table} block, one record per {@code source}, each with exactly its keys. Immutable. */
public sealed interface TableSpec extends BlockSpec {
    /** The table's name as written ({@code name:}), if any: its Excel Table name. */
    Optional<String> name();

    /** The title shown above the table, may be empty. */
    String caption();

    /** The source word, as a template writes it. */
    String source();

    /** Statistics of salary cells grouped by {@code rows}. */
    record Benchmark(Optional<String> name, String caption, List<SalaryDimension> rows, FilterSpec filter,
            List<Statistic> statistics, Optional<PayElement> pay, RowOrderSpec order, List<Comparison> change,
            KeyLines lines) implements TableSpec, Filtered {
        public Benchmark {
            rows = List.copyOf(rows);
            statistics = List.copyOf(statistics);
            change = List.copyOf(change);
        }

        @Override
        public String source() {
            return "benchmark";
        }
    }

    /** Published ranges beside observed percentiles. */
    record Ranges(Optional<String> name, String caption, FilterSpec filter, KeyLines lines) implements TableSpec, Filtered {
        @Override
        public String source() {
            return "ranges";
        }
    }

    /**
     * Every observation of the population; sorted by {@code rows} when given. The rows of a cell whose
     * median is withheld are left out unless {@code showWithheld} ({@code withheld: show}).
     */
    record Observations(Optional<String> name, String caption, List<SalaryDimension> rows, FilterSpec filter,
            boolean showWithheld, KeyLines lines) implements TableSpec {
        public Observations {
            rows = List.copyOf(rows);
        }

        @Override
        public String source() {
            return "observations";
        }
    }

    /** One market indicator by year; the first indicator of the data when none is named. */
    record Market(Optional<String> name, String caption, Optional<String> indicator, KeyLines lines)
            implements TableSpec {
        @Override
        public String source() {
            return "market";
        }
    }

    /** Skills of the latest period by rank. */
    record Skills(Optional<String> name, String caption, java.util.OptionalInt top, KeyLines lines)
            implements TableSpec {
        @Override
        public String source() {
            return "skills";
        }
    }

    /** Regional differentials as stated. */
    record Differentials(Optional<String> name, String caption, KeyLines lines) implements TableSpec {
        @Override
        public String source() {
            return "differentials";
        }
    }

    /** Each dataset's source, date and licence. */
    /**
     * Who is in the data: the population's observations counted by each of {@code by} (the
     * {@code top} most frequent values of each, the rest as one row), with the years the salaries
     * were paid and how far they are aged.
     */
    record Sample(Optional<String> name, String caption, List<SalaryDimension> by, int top, KeyLines lines)
            implements TableSpec {
        /** The columns counted when the template names none. */
        public static final List<SalaryDimension> BY = List.of(SalaryDimension.COUNTRY, SalaryDimension.COMPANY_SIZE,
                SalaryDimension.LEVEL, SalaryDimension.YEAR);

        public Sample {
            by = List.copyOf(by);
        }

        @Override
        public String source() {
            return "sample";
        }
    }

    record Sources(Optional<String> name, String caption, KeyLines lines) implements TableSpec {
        @Override
        public String source() {
            return "sources";
        }
    }

    /** Published survey percentiles with an observed row for {@code filter}. */
    record Survey(Optional<String> name, String caption, FilterSpec filter, KeyLines lines) implements TableSpec, Filtered {
        @Override
        public String source() {
            return "survey";
        }
    }

    /** National figures of one column localised by the regional differentials. */
    record Geo(Optional<String> name, String caption, SalaryDimension rows, Statistic statistic, FilterSpec filter,
            Optional<PayElement> pay, KeyLines lines) implements TableSpec, Filtered {
        @Override
        public String source() {
            return "geo";
        }
    }

    /**
     * Each employee of the roster against their range and the market where they work (workbooks only).
     *
     * @param filter the market the employees are compared with, e.g. {@code {country: US}}
     * @param areas  roster region to regional-differential area, where the names differ; a region not
     *               listed matches the area it equals or ends with ("US West Coast" → "West Coast")
     */
    record Positioning(Optional<String> name, String caption, FilterSpec filter, Map<String, String> areas,
            KeyLines lines) implements TableSpec {
        public Positioning {
            areas = Map.copyOf(areas);
        }

        @Override
        public String source() {
            return "positioning";
        }
    }

    /** Published cells beside live recomputations over an observations table (workbooks only). */
    record Checks(Optional<String> name, String caption, String observations, List<SalaryDimension> rows,
            FilterSpec filter, List<Statistic> statistics, KeyLines lines) implements TableSpec, Filtered {
        public Checks {
            rows = List.copyOf(rows);
            statistics = List.copyOf(statistics);
        }

        @Override
        public String source() {
            return "checks";
        }
    }

    /** The named inputs of a workbook's live formulas. */
    record Assumptions(KeyLines lines) implements TableSpec {
        @Override
        public Optional<String> name() {
            return Optional.empty();
        }

        @Override
        public String caption() {
            return "";
        }

        @Override
        public String source() {
            return "assumptions";
        }
    }

    /**
     * What changed since the last published period: figures that moved by at least
     * {@code threshold} (a fraction, 0.05 = 5%), or a sentence that this is the first period.
     */
    record Changes(Optional<String> name, String caption, double threshold, int minimumN, KeyLines lines)
            implements TableSpec {
        /** The fewest observations a figure needs in both periods for its change to be a movement. */
        public static final int MINIMUM_N = 20;

        @Override
        public String source() {
            return "changes";
        }
    }

    /**
     * The few sentences an analyst leads with, written from the report's own figures: where the
     * published ranges stand against the observed medians, the largest comparable movements since
     * the last period, and where the data is too thin for figures to be published.
     *
     * @param filter   the observations the range comparison and the thin groups are read from
     * @param by       the columns whose groups are checked for thin data
     * @param band     how far from a range's midpoint the observed median may lie and still be
     *                 competitive, as a fraction (0.1: within 10%)
     * @param minimumN  the fewest observations a figure needs in both periods for its change to be told
     * @param threshold the smallest movement told, as a fraction; smaller ones are summed up as none
     * @param top       how many movements are told at most
     */
    record Findings(Optional<String> name, String caption, FilterSpec filter, List<SalaryDimension> by, double band,
            int minimumN, double threshold, int top, KeyLines lines) implements TableSpec, Filtered {
        /** The columns checked for thin data when the template names none. */
        public static final List<SalaryDimension> BY = List.of(SalaryDimension.LEVEL);
        /** The band around a range's midpoint within which the market median is competitive. */
        public static final double BAND = 0.1;
        /** How many movements are told when the template does not say. */
        public static final int TOP = 3;

        public Findings {
            by = List.copyOf(by);
        }

        @Override
        public String source() {
            return "findings";
        }
    }

    /**
     * One part of the pay transparency report, from the roster: the gender pay gaps of Directive
     * (EU) 2023/970, Article 9(1). Employees without a sex, or without hours or FTE, are set
     * aside and counted; employees recorded neither female nor male are counted, not compared.
     *
     * @param part          which figures: the gaps and shares of (a)–(e), the quartile pay bands
     *                      of (f), the gaps by category of worker of (g), or (in an analyst's
     *                      workbook only) the employees compared, over which the workbook's
     *                      figures are live formulas
     * @param minimumN      the fewest women, and the fewest men, a gap needs to be published
     * @param threshold     the gap in a category from which a joint pay assessment is due (Article 10)
     * @param fullTimeHours the hours of a full-time week, for an employee given by FTE
     * @param justified     categories whose gap the employer justifies by objective, gender-neutral
     *                      criteria, with the justification
     * @param rules         whose definition of hourly pay applies: the EU's (basic plus variable) or
     *                      the UK's (ordinary pay, here the basic; variable pay is bonus)
     */
    record PayGap(Optional<String> name, String caption, Part part, int minimumN, double threshold,
            double fullTimeHours, Map<String, String> justified, org.careerbench.stats.PayGaps.Rules rules,
            KeyLines lines) implements TableSpec {
        /** The parts of the report. */
        public enum Part { SUMMARY, QUARTILES, CATEGORIES, WORKERS }

        /** The gap in a category from which Article 10 asks for a joint pay assessment. */
        public static final double THRESHOLD = 0.05;
        /** The fewest of each sex a published gap rests on, unless the template says otherwise. */
        public static final int MINIMUM_N = 5;

        public PayGap {
            justified = Map.copyOf(justified);
        }

        @Override
        public String source() {
            return "pay-gap";
        }
    }

    /**
     * A workbook's lookup over a benchmark table of the same template: the reader picks one value
     * of each of the table's row columns from a drop-down list and reads {@code statistics} of the
     * matching row, live from the table. Only a workbook has one; a PDF or page leaves it out.
     *
     * @param table      the name of the benchmark table looked up, written above the lookup
     * @param statistics the table's statistics read, in order
     */
    record Lookup(Optional<String> name, String caption, String table, List<Statistic> statistics, KeyLines lines)
            implements TableSpec {
        public Lookup {
            statistics = List.copyOf(statistics);
        }

        @Override
        public String source() {
            return "lookup";
        }
    }

    /**
     * The history of key figures of this template over the newest {@code periods} published
     * periods, this one included: one row a period, one column a figure.
     *
     * @param figures the key figures' ids, each one this template declares
     */
    record History(Optional<String> name, String caption, List<String> figures, int periods, KeyLines lines)
            implements TableSpec {
        public History {
            figures = List.copyOf(figures);
        }

        @Override
        public String source() {
            return "history";
        }
    }

    /** The data-quality policy and what ingestion dropped, changed or flagged. */
    record Quality(Optional<String> name, KeyLines lines) implements TableSpec {
        @Override
        public String caption() {
            return "";
        }

        @Override
        public String source() {
            return "quality";
        }
    }

    /** The methodology statements and the table of sources. */
    record Methodology(Optional<String> name, String caption, KeyLines lines) implements TableSpec {
        @Override
        public String source() {
            return "methodology";
        }
    }
}
