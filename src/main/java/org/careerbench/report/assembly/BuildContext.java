package org.careerbench.report.assembly;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careerbench.data.InputData;
import org.careerbench.data.PayElement;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.diagnostics.Problem;
import org.careerbench.template.FilterSpec;
import org.careerbench.template.KeyLines;
import org.careerbench.template.TemplateSpec;

/**
 * What every block factory of one report reads, fixed before the first block is built: the
 * template, the data, the population, the reference rows that apply, how figures are valued,
 * whether figures may be live. No component is replaced after construction, but three are the
 * report's accumulators, which block factories append to as they build: the data warnings, the
 * figure log (figures.csv) and the valuation's disclosures (what was shown and withheld); and the
 * live tables memoise the rows the observations table leaves out. One context per report build;
 * not shared between threads. (Issue 27 asks for block factories that return their figures and
 * warnings as values instead.)
 */
record BuildContext(TemplateSpec spec, InputData data, Population population, ReferenceData references,
        Valuation valuation, LiveTables live, Warnings warnings, DataValues values, Words words, FigureLog figures,
        Comparisons comparisons) {

    /**
     * The salary filter a block wrote, each value checked against the data.
     *
     * @throws BlockProblem at the condition's line when no salaries row has a value it names
     */
    SalaryFilter filter(FilterSpec spec) throws BlockProblem {
        return values.filter(spec, file(), fileOf("salaries", "salaries.csv"), warnings::absent);
    }

    Path file() {
        return spec.source();
    }

    String currency() {
        return spec.parameters().currency();
    }

    PayElement pay() {
        return spec.parameters().pay();
    }

    /** A problem with a name the data does not have, at {@code key}'s line of the block. */
    BlockProblem unknownInData(KeyLines lines, String key, String message) {
        return new BlockProblem(new Problem(file(), lines.of(key), Problem.Kind.DATA_REFERENCE, message));
    }

    /**
     * Refuses a block of individual salaries ({@code what}: observations, employee rows) unless this is
     * a workbook for analysts: a PDF or a web page is passed on, and every other audience receives
     * figures only.
     *
     * @throws BlockProblem at the block's {@code source} line otherwise
     */
    void microdataAllowed(KeyLines lines, String what) throws BlockProblem {
        if (spec.format() != org.careerbench.report.OutputFormat.XLSX) {
            throw refuse(lines, "source", Problem.Kind.UNKNOWN_VALUE, what + " never appear in a "
                    + spec.format().extension().toUpperCase(Locale.ROOT) + " report (a PDF or a web page is passed "
                    + "on); put the table in an xlsx template whose audience is analyst");
        }
        if (!spec.run().audience().seesMicrodata()) {
            throw refuse(lines, "source", Problem.Kind.UNKNOWN_VALUE, what + " appear only in a workbook for "
                    + "analysts; this template's audience is " + spec.run().audience().word() + ". Expected "
                    + "'audience: analyst' in the front matter, or figures instead (a benchmark table)");
        }
    }

    /** A problem with the block itself, at {@code key}'s line. */
    BlockProblem refuse(KeyLines lines, String key, Problem.Kind kind, String message) {
        return new BlockProblem(new Problem(file(), lines.of(key), kind, message));
    }

    /** The file a dataset was read from (the export behind a mapping), as the user knows it. */
    String fileOf(String dataset, String fallback) {
        return data.fileOf(dataset).map(Path::toString).orElse(fallback);
    }

    /** Orders values of a dimension: levels by the template's level order, the rest naturally. */
    Comparator<String> order() {
        List<String> levels = spec.parameters().levelOrder();
        return Comparator.<String>comparingInt(v -> {
                    int i = levels.indexOf(v);
                    return i < 0 ? levels.size() : i;
                })
                .thenComparing(Comparator.naturalOrder());
    }

    /** Orders composite keys element by element with {@link #order()}. */
    Comparator<List<String>> keyOrder() {
        Comparator<String> one = order();
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = one.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
    }

    /** "aged to 1 November 2026, compound at 3% a year" or "not aged". */
    String agingText() {
        var aging = valuation.aging();
        if (aging.method() == org.careerbench.stats.Aging.Method.NONE) {
            return words.get("aging.none");
        }
        return words.get("aging.to", words.format().date(valuation.effectiveDate()), words.get("aging.method."
                + aging.method().name().toLowerCase(Locale.ROOT), words.format().format(aging.rate() * 100,
                ValueType.DECIMAL, "")));

    }

    /** "n ≥ 5 for mean and P25–P75; n ≥ 10 for P10 and P90". */
    String suppressionText() {
        var rule = valuation.rule();
        String text = words.get("suppression.rule", rule.minCentral(), rule.minTails());
        if (population.hasOrganisations()) {
            text += words.get("suppression.organisations", words.format().format(rule.maxShare(), ValueType.PERCENT,
                    ""));
        }
        return text;
    }

    /** The footnote for tables with withheld cells. */
    String suppressionFootnote() {
        String note = words.get("suppression.footnote", suppressionText());
        return valuation.withholdsComplements() ? note + " " + words.get("suppression.complementary") : note;
    }

    /**
     * How this report's figures are made, in a stable English form for the figures file, e.g.
     * "aging compound at 3% a year; suppression n>=5 central, n>=10 tails".
     */
    String method() {
        var rule = valuation.rule();
        return "aging " + valuation.aging().describe() + "; suppression n>=" + rule.minCentral() + " central, n>="
                + rule.minTails() + " tails, complementary for means" + (population.hasOrganisations() ? ", organisation share <= "
                + rule.maxShare() : "") + "; pay " + pay().key();
    }

    /** A pay element in words, e.g. "annual base salary". */
    String pay(PayElement element) {
        return words.get("pay." + element.key());
    }

    /** A statistic's short label, e.g. "P50" or "Mean". */
    String statistic(org.careerbench.stats.Statistic s) {
        return words.get("statistic." + s.name().toLowerCase(Locale.ROOT));
    }

    /** A salaries column's heading, e.g. "Level" or "Company size". */
    String heading(org.careerbench.data.SalaryDimension column) {
        return words.capitalised(words.get("column." + column.column()));
    }

    /** Group labels, with the reader's words for a blank value. */
    GroupLabels groups() {
        return new GroupLabels(words);
    }

    /** The observations table's column of aged base salaries, which live formulas read. */
    String agedColumn() {
        return words.get("observations.aged");
    }

    /**
     * The column of the live observations table (sorted by level) that holds the aged salaries of the
     * rows {@code filter} keeps: the aged column itself for no filter, else the filter's member column;
     * empty when the workbook has none.
     */
    Optional<String> memberColumn(org.careerbench.template.FilterSpec filter) {
        if (live.byLevel().isEmpty()) {
            return Optional.empty();
        }
        if (filter.isEmpty()) {
            return Optional.of(agedColumn());
        }
        SalaryFilter f = SalaryFilter.of(filter);
        return live.members().contains(f) ? Optional.of(memberHeader(f)) : Optional.empty();
    }

    /** A member column's heading: the aged column's and the filter in the reader's words. */
    String memberHeader(SalaryFilter filter) {
        return agedColumn() + ", " + people().scope(filter);
    }

    /** The observations table's column of cell keys, which live formulas match. */
    String cellColumn() {
        return words.get("observations.cell");
    }

    /** The reader's words for populations and values. */
    PopulationWords people() {
        return new PopulationWords(words, spec.parameters().labels());
    }

    /** Population and block filter together as a caption, e.g. "SRE & ML infrastructure engineers, US". */
    String caption(SalaryFilter filter) {
        return people().caption(filter.and(population.filter()));
    }

    /** Population and block filter together after a count, e.g. "84 senior SRE & ML infrastructure engineers in the US". */
    String counted(long n, SalaryFilter filter) {
        return people().counted(n, filter.and(population.filter()));
    }
}
