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
 * whether figures may be live, and the report's wording. Block factories read it and return what
 * they made ({@link Made}: the block, its figures, its warnings); none appends to it. Each block is
 * built in a context of its own ({@link #forBlock()}) whose valuation records what that block
 * shows; the report builder adds that record to the report's once the block is made. The live
 * tables memoise the rows the observations table leaves out (a cache no reader can tell from a
 * value). One context per report build; not shared between threads.
 */
record BuildContext(TemplateSpec spec, InputData data, Population population, ReferenceData references,
        Valuation valuation, BlockNames names, LiveTables live, DataValues values, Words words, Phrasebook phrases,
        Comparisons comparisons) {

    /**
     * The salary filter a block wrote, each value checked against the data.
     *
     * @throws BlockProblem at the condition's line when no salaries row has a value it names
     */
    SalaryFilter filter(FilterSpec spec) throws BlockProblem {
        return values.filter(spec, file(), fileOf("salaries", "salaries.csv"));
    }

    /**
     * The values {@code spec} names that no salaries row has this period, each with its data warning.
     *
     * @throws BlockProblem as {@link #filter} does
     */
    java.util.Map<String, String> absent(FilterSpec spec) throws BlockProblem {
        return values.absent(spec, file(), fileOf("salaries", "salaries.csv"));
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

    /**
     * How this report's figures are made, in a stable English form for the figures file and for
     * telling whether an earlier period's figures were made the same way: the salary method
     * ({@link Phrasebook#method()}) when the template has a block of salary figures, then for each
     * distinct setting of its pay gap blocks e.g. "pay gap eu, full time 40 h a week, n>=5 women
     * and 5 men". A report of pay gaps alone does not name an aging it never applied.
     */
    String method() {
        java.util.Set<String> gaps = new java.util.LinkedHashSet<>();
        for (org.careerbench.template.BlockSpec b : spec.blocks()) {
            if (b instanceof org.careerbench.template.TableSpec.PayGap p) {
                gaps.add(payGapMethod(p.rules(), p.fullTimeHours(), p.minimumN()));
            } else if (b instanceof org.careerbench.template.ChartSpec.PayGap p) {
                gaps.add(payGapMethod(p.rules(), p.fullTimeHours(), p.minimumN()));
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        if (ofSalaries()) {
            parts.add(phrases.method());
        }
        parts.addAll(gaps);
        return String.join("; ", parts);
    }

    /**
     * Whether the report shows salary figures: true unless every block of the template is a pay
     * gap block or the changes since an earlier period (which are of the report's other figures).
     * A report of pay gaps alone neither counts salary observations nor ages salaries.
     */
    boolean ofSalaries() {
        return spec.blocks().stream().anyMatch(b -> !(b instanceof org.careerbench.template.TableSpec.PayGap
                || b instanceof org.careerbench.template.ChartSpec.PayGap
                || b instanceof org.careerbench.template.TableSpec.Changes));
    }

    private static String payGapMethod(org.careerbench.stats.PayGaps.Rules rules, double fullTimeHours, int minimumN) {
        return "pay gap " + rules.name().toLowerCase(Locale.ROOT) + ", full time "
                + java.math.BigDecimal.valueOf(fullTimeHours).stripTrailingZeros().toPlainString() + " h a week, n>="
                + minimumN + " women and " + minimumN + " men";
    }

    /** A problem with the block itself, at {@code key}'s line. */
    BlockProblem refuse(KeyLines lines, String key, Problem.Kind kind, String message) {
        return new BlockProblem(new Problem(file(), lines.of(key), kind, message));
    }

    /**
     * The context one block is built in: this one, but valuing its figures with a valuation of its
     * own ({@link Valuation#forBlock()}), so that what the block shows is recorded apart from every
     * other block, and the report builder adds it to the report's record when the block is made.
     */
    BuildContext forBlock() {
        return new BuildContext(spec, data, population, references, valuation.forBlock(), names, live, values, words,
                phrases, comparisons);
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
            return Optional.of(phrases.agedColumn());
        }
        SalaryFilter f = SalaryFilter.of(filter);
        return live.members().contains(f) ? Optional.of(phrases.memberHeader(f)) : Optional.empty();
    }
}
