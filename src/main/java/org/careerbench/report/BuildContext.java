package org.careerbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careerbench.data.InputData;
import org.careerbench.data.SalaryObservation;
import org.careerbench.stats.Aging;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.SuppressionRule;
import org.careerbench.template.TemplateParameters;
import java.time.LocalDate;
import org.careerbench.template.TemplateSpec;

/**
 * Everything the block factories share while one report is built: the template, the data,
 * the salary population after the template's population filter, and the warnings raised.
 */
final class BuildContext {
    final TemplateSpec spec;
    final InputData data;
    final ReportContext run;
    final SuppressionRule rule;
    final List<SalaryObservation> population;
    final SalaryFilter populationFilter;
    final List<String> warnings = new ArrayList<>();
    final Aging aging;
    final LocalDate effectiveDate;
    final PayElement pay;
    private final boolean organisations;
    /** Whether the workbook has an Assumptions block, so derived figures may be live formulas. */
    boolean live;
    /** Observations tables of the template that formulas may read: name to the columns its rows are sorted by. */
    final java.util.Map<String, List<org.careerbench.data.SalaryDimension>> observationTables =
            new java.util.LinkedHashMap<>();

    /** Most rows for which statistics are written as formulas over the observations table (one sheet). */
    static final int MAX_FORMULA_ROWS = 1_048_575 - 1;

    BuildContext(TemplateSpec spec, InputData data, ReportContext run, SalaryFilter populationFilter) {
        this(spec, data, run, populationFilter, data.salaries());
    }

    /**
     * A context whose population is drawn from {@code candidates} only: a burst passes each group's
     * share of the salaries, so that G reports cost one pass over the data, not G. The candidates
     * must include every observation of {@code data} that {@code populationFilter} accepts.
     */
    BuildContext(TemplateSpec spec, InputData data, ReportContext run, SalaryFilter populationFilter,
            List<SalaryObservation> candidates) {
        this.spec = spec;
        this.data = data;
        this.run = run;
        this.populationFilter = populationFilter;
        TemplateParameters p = spec.parameters();
        this.rule = new SuppressionRule(p.minCentral(), p.minTails(), p.maxOrganisationShare());
        this.aging = new Aging(Aging.Method.byName(p.agingMethod()).orElseThrow(), p.agingRate());
        this.effectiveDate = p.effectiveDate().isEmpty() ? run.period().atDay(1) : LocalDate.parse(p.effectiveDate());
        this.pay = PayElement.byKey(p.pay()).orElseThrow();
        String currency = spec.parameters().currency();
        List<SalaryObservation> kept = new ArrayList<>();
        long otherCurrency = 0;
        for (SalaryObservation o : candidates) {
            if (!populationFilter.test(o)) {
                continue;
            }
            if (o.currency().equals(currency)) {
                kept.add(o);
            } else {
                otherCurrency++;
            }
        }
        if (otherCurrency > 0) {
            warnings.add("salaries.csv: " + otherCurrency + " observations of the population are not in " + currency
                    + " and were left out of every figure (no conversion rates given)");
        }
        this.population = List.copyOf(kept);
        this.organisations = population.stream().anyMatch(o -> !o.organisation().isEmpty());
    }

    /**
     * Whole calendar months from July of the year a salary was paid to the month of the effective
     * date — the same count the workbook's aging formula makes.
     */
    long months(int year) {
        return (effectiveDate.getYear() - year) * 12L + effectiveDate.getMonthValue() - 7;
    }

    // The few survey years seen so far and their factors: a scan of a handful of ints, where a
    // Map<Integer, Double> boxed every year looked up (years past 127 are not cached) on a path
    // taken once per observation per statistic.
    private int[] factorYears = new int[0];
    private double[] factorValues = new double[0];
    private final java.util.Map<SalaryFilter, List<SalaryObservation>> selections = new java.util.HashMap<>();

    /** The aging factor of a year's salaries, computed once per year. */
    double factor(int year) {
        for (int i = 0; i < factorYears.length; i++) {
            if (factorYears[i] == year) {
                return factorValues[i];
            }
        }
        double f = aging.factor(months(year));
        int n = factorYears.length;
        factorYears = java.util.Arrays.copyOf(factorYears, n + 1);
        factorValues = java.util.Arrays.copyOf(factorValues, n + 1);
        factorYears[n] = year;
        factorValues[n] = f;
        return f;
    }

    /** {@code pay} of one observation, aged to the effective date. */
    double amount(SalaryObservation o, PayElement element) {
        return element.of(o) * factor(o.year());
    }

    /** The statistics of a cell of observations, aged, with the organisation rules when the data has ids. */
    CellStatistics cell(List<SalaryObservation> observations, PayElement element) {
        double[] values = new double[observations.size()];
        String[] orgs = organisations ? new String[values.length] : null;
        for (int i = 0; i < values.length; i++) {
            SalaryObservation o = observations.get(i);
            values[i] = amount(o, element);
            if (orgs != null) {
                orgs[i] = o.organisation();
            }
        }
        return CellStatistics.of(values, orgs, rule);
    }

    /**
     * The observations table whose rows are sorted by exactly {@code dims} (level first is enough for
     * {@code dims} = [level]), when formulas may read it; empty otherwise.
     */
    java.util.Optional<String> formulaTable(List<org.careerbench.data.SalaryDimension> dims) {
        if (!live) {
            return java.util.Optional.empty();
        }
        return observationTables.entrySet().stream()
                .filter(e -> e.getValue().equals(dims)
                        || dims.size() == 1 && !e.getValue().isEmpty() && e.getValue().get(0) == dims.get(0))
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    /** Whether suppression also counts organisations (the data has organisation ids). */
    boolean hasOrganisations() {
        return organisations;
    }

    /** "aged to 1 November 2026, compound at 3% a year" or "not aged". */
    String agingText() {
        return aging.method() == Aging.Method.NONE ? "not aged"
                : "aged to " + effectiveDate.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                        java.util.Locale.ENGLISH)) + ", " + aging.describe();
    }

    Path file() {
        return spec.source();
    }

    String currency() {
        return spec.parameters().currency();
    }

    /** Published ranges that apply to this report's role family. */
    List<org.careerbench.data.PublishedRange> ranges() {
        return scoped(data.ranges(), org.careerbench.data.PublishedRange::roleFamily);
    }

    /** Market indicators that apply to this report's role family. */
    List<org.careerbench.data.MarketIndicator> market() {
        return scoped(data.market(), org.careerbench.data.MarketIndicator::roleFamily);
    }

    /** Skills that apply to this report's role family. */
    List<org.careerbench.data.SkillDemand> skills() {
        return scoped(data.skills(), org.careerbench.data.SkillDemand::roleFamily);
    }

    /** Source notes that apply to this report's role family. */
    List<org.careerbench.data.SourceNote> sources() {
        return scoped(data.sources(), org.careerbench.data.SourceNote::roleFamily);
    }

    /** Survey rows that apply to this report's role family. */
    List<org.careerbench.data.SurveyPercentiles> surveys() {
        return scoped(data.surveys(), org.careerbench.data.SurveyPercentiles::roleFamily);
    }

    /**
     * The rows whose role family is blank or among the role families the report's population is
     * filtered to; all rows when the population is not filtered by role family.
     */
    private <T> List<T> scoped(List<T> rows, java.util.function.Function<T, String> family) {
        List<String> families = populationFilter.conditions().get(org.careerbench.data.SalaryDimension.ROLE_FAMILY);
        if (families == null) {
            return rows;
        }
        return rows.stream().filter(r -> family.apply(r).isEmpty() || families.contains(family.apply(r))).toList();
    }

    /** Observations of the population that pass {@code filter}; each filter is applied once per report. */
    List<SalaryObservation> select(SalaryFilter filter) {
        List<SalaryObservation> selected = selections.get(filter);
        if (selected == null) {
            selected = filter.conditions().isEmpty() ? population : population.stream().filter(filter).toList();
            selections.put(filter, selected);
        }
        return selected;
    }

    /** Orders values of a dimension: levels by the template's level order, years numerically, the rest alphabetically. */
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

    /** "n ≥ 5 for mean and P25–P75; n ≥ 10 for P10 and P90". */
    String suppressionText() {
        String text = "n ≥ " + rule.minCentral() + " for mean and P25–P75; n ≥ " + rule.minTails() + " for P10 and P90";
        if (organisations) {
            text += "; the same counts of distinct organisations, none above "
                    + ValueFormat.format(rule.maxShare(), ValueType.PERCENT, "") + " of a cell";
        }
        return text;
    }

    /** The footnote for tables with withheld cells. */
    String suppressionFootnote() {
        return "— not published: too few observations (" + suppressionText() + ").";
    }
}
