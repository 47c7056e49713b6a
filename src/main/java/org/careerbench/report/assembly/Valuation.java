package org.careerbench.report.assembly;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryObservation;
import org.careerbench.stats.Aging;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.Statistic;
import org.careerbench.stats.SuppressionRule;

/**
 * How an observation becomes a published figure: its pay element, aged to the effective date,
 * then the statistics of a cell under the suppression rule. The aging factor of each year is
 * computed once.
 */
final class Valuation {
    private final Aging aging;
    private final LocalDate effectiveDate;
    private final SuppressionRule rule;
    private final boolean organisations;
    // The few survey years seen so far and their factors: a scan of a handful of ints, where a
    // Map<Integer, Double> boxed every year looked up on a path taken once per observation per statistic.
    private int[] factorYears = new int[0];
    private double[] factorValues = new double[0];
    /** Years 1900–2299 looked up directly: the factor is asked once per observation per cell. */
    private static final int FIRST_YEAR = 1900;
    private final double[] byYear;

    private final Disclosures disclosures;
    private final java.util.Set<Disclosures.Key> secondary;
    /** Each cell handed out, with what it was drawn from: what {@link #shown} records. */
    private final java.util.Map<CellStatistics, Drawn> drawn;

    private record Drawn(List<SalaryObservation> rows, PayElement element, double[] amounts) {
    }

    /**
     * @param population the report's observations, which every cell is drawn from
     * @param secondary  additive cells whose mean is withheld as well, so that no withheld mean follows
     *                   from the published ones (complementary suppression); empty on a first build
     */
    Valuation(Aging aging, LocalDate effectiveDate, SuppressionRule rule, boolean organisations,
            List<SalaryObservation> population, java.util.Set<Disclosures.Key> secondary) {
        this.aging = aging;
        this.effectiveDate = effectiveDate;
        this.rule = rule;
        this.organisations = organisations;
        this.secondary = java.util.Set.copyOf(secondary);
        this.byYear = new double[400];
        Arrays.fill(byYear, Double.NaN);
        this.disclosures = new Disclosures(population, o -> amount(o, PayElement.BASE));
        this.drawn = new java.util.IdentityHashMap<>();
    }

    /** The same valuation recording into {@code record}: one block's view, see {@link #forBlock}. */
    private Valuation(Valuation same, Disclosures record) {
        this.aging = same.aging;
        this.effectiveDate = same.effectiveDate;
        this.rule = same.rule;
        this.organisations = same.organisations;
        this.secondary = same.secondary;
        this.byYear = same.byYear;
        this.factorYears = same.factorYears;
        this.factorValues = same.factorValues;
        this.drawn = same.drawn;
        this.disclosures = record;
    }

    /**
     * The valuation one block values its figures with: the same aging, rule and complementary cells,
     * recording what the block shows in a record of its own, which the report builder adds to the
     * report's once the block is made.
     */
    Valuation forBlock() {
        return new Valuation(this, disclosures.fresh());
    }

    Valuation(Aging aging, LocalDate effectiveDate, SuppressionRule rule, boolean organisations) {
        this(aging, effectiveDate, rule, organisations, List.of(), java.util.Set.of());
    }

    /** Whether the mean of {@code components} over {@code rows} is withheld to protect another. */
    boolean complementary(List<SalaryObservation> rows, int components) {
        return !secondary.isEmpty() && secondary.contains(disclosures.key(rows, components));
    }

    /** Whether some mean is withheld only so that a withheld one cannot be worked out from it. */
    boolean withholdsComplements() {
        return !secondary.isEmpty();
    }

    /** What this report's figures have shown and withheld so far. */
    Disclosures disclosures() {
        return disclosures;
    }

    /**
     * A statistic of a cell from {@link #cell} as a table shows it: its value, n as an integer, or
     * {@link org.careerbench.report.Suppressed#VALUE} when withheld; recorded in the disclosures.
     */
    Object shown(CellStatistics cell, Statistic statistic) {
        Drawn from = drawn.get(cell);
        if (from != null) {
            disclosures.shown(from.rows(), Disclosures.components(from.element()), statistic, cell, from.amounts());
        }
        if (statistic == Statistic.N) {
            return cell.n();
        }
        java.util.OptionalDouble v = cell.value(statistic);
        return v.isPresent() ? (Object) v.getAsDouble() : org.careerbench.report.Suppressed.VALUE;
    }

    Aging aging() {
        return aging;
    }

    LocalDate effectiveDate() {
        return effectiveDate;
    }

    SuppressionRule rule() {
        return rule;
    }

    /**
     * Whole calendar months from July of the year a salary was paid to the month of the effective
     * date — the same count the workbook's aging formula makes.
     */
    long months(int year) {
        return (effectiveDate.getYear() - year) * 12L + effectiveDate.getMonthValue() - 7;
    }

    /** The aging factor of a year's salaries. */
    double factor(int year) {
        int at = year - FIRST_YEAR;
        if (at >= 0 && at < byYear.length && !Double.isNaN(byYear[at])) {
            return byYear[at];
        }
        double f = scan(year);
        if (at >= 0 && at < byYear.length) {
            byYear[at] = f;
        }
        return f;
    }

    private double scan(int year) {
        for (int i = 0; i < factorYears.length; i++) {
            if (factorYears[i] == year) {
                return factorValues[i];
            }
        }
        double f = aging.factor(months(year));
        int n = factorYears.length;
        factorYears = Arrays.copyOf(factorYears, n + 1);
        factorValues = Arrays.copyOf(factorValues, n + 1);
        factorYears[n] = year;
        factorValues[n] = f;
        return f;
    }

    /** {@code element} of one observation, aged to the effective date. */
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
        CellStatistics cell = CellStatistics.of(values, orgs, rule);
        int components = Disclosures.components(element);
        if (!secondary.isEmpty() && cell.value(Statistic.MEAN).isPresent()
                && secondary.contains(disclosures.key(observations, components))) {
            cell = cell.without(Statistic.MEAN);
        }
        // The amounts are kept only where something is withheld: the audit's secrets.
        drawn.put(cell, new Drawn(observations, element, cell.anySuppressed() ? values : null));
        return cell;
    }
}
