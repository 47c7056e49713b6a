package org.careerbench.report.build;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryObservation;
import org.careerbench.stats.Aging;
import org.careerbench.stats.CellStatistics;
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
    private final double[] byYear = new double[400];

    Valuation(Aging aging, LocalDate effectiveDate, SuppressionRule rule, boolean organisations) {
        this.aging = aging;
        this.effectiveDate = effectiveDate;
        this.rule = rule;
        this.organisations = organisations;
        Arrays.fill(byYear, Double.NaN);
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
        return CellStatistics.of(values, orgs, rule);
    }
}
