package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.Suppressed;
import org.careerbench.stats.Aging;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.ComplementarySuppression;
import org.careerbench.stats.Statistic;
import org.careerbench.stats.SuppressionRule;
import org.junit.jupiter.api.Test;

/**
 * How an observation becomes a figure: aged by whole months from July of its year to the effective
 * date (DOMAIN.md's worked example: 2024 salaries to 1 November 2026 are 28 months old, factor
 * 1.03^(28/12)), then the cell's statistics under the suppression rule.
 */
class ValuationTest {
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final SuppressionRule RULE = new SuppressionRule(5, 10);

    private static SalaryObservation row(double base, int year, long line) {
        return SalaryObservation.builder().roleFamily("SRE").jobTitle("SRE").level("Senior")
                .country("US").region("NA").companySize("M").employmentType("FT")
                .baseSalary(base, "USD").year(year).line(line).build();
    }

    private static SalaryObservation paid(double base, double bonus, String organisation, long line) {
        return SalaryObservation.builder().roleFamily("SRE").jobTitle("SRE").level("Senior")
                .country("US").region("NA").companySize("M").employmentType("FT")
                .baseSalary(base, "USD").year(2024).line(line).organisation(organisation).bonus(bonus).build();
    }

    private static Valuation compound() {
        return new Valuation(new Aging(Aging.Method.COMPOUND, 0.03), NOV_1, RULE, false);
    }

    @Test
    void monthsRunFromJulyOfTheSurveyYear() {
        Valuation v = compound();
        assertEquals(28, v.months(2024));
        assertEquals(4, v.months(2026));
        assertEquals(-8, new Valuation(Aging.NONE, LocalDate.of(2026, 11, 1), RULE, false).months(2027));
    }

    @Test
    void theFactorIsCompoundOverWholeMonthsAndTheSameOnEveryAsk() {
        Valuation v = compound();
        double expected = Math.pow(1.03, 28 / 12.0);
        assertEquals(expected, v.factor(2024), 1e-12);
        assertEquals(expected, v.factor(2024), 1e-12, "cached");
        assertEquals(Math.pow(1.03, 16 / 12.0), v.factor(2025), 1e-12);
        assertEquals(Math.pow(1.03, (2026 - 1850) * 12 / 12.0 + 4 / 12.0), v.factor(1850), 1e-3,
                "a year outside the direct table is still right");
    }

    @Test
    void notAgedMeansFactorOne() {
        Valuation v = new Valuation(Aging.NONE, NOV_1, RULE, false);
        assertEquals(1.0, v.factor(2019));
        assertEquals(100_000, v.amount(row(100_000, 2019, 2), PayElement.BASE));
    }

    @Test
    void anAmountIsThePayElementAged() {
        Valuation v = compound();
        SalaryObservation o = paid(100_000, 10_000, "", 2);
        assertEquals(100_000 * v.factor(2024), v.amount(o, PayElement.BASE), 1e-9);
        assertEquals(110_000 * v.factor(2024), v.amount(o, PayElement.TOTAL_CASH), 1e-9);
    }

    @Test
    void aCellOfFourWithholdsEveryFigureButN() {
        Valuation v = compound();
        List<SalaryObservation> four = List.of(row(1, 2024, 2), row(2, 2024, 3), row(3, 2024, 4), row(4, 2024, 5));
        CellStatistics cell = v.cell(four, PayElement.BASE);
        assertEquals(4, v.shown(cell, Statistic.N));
        assertSame(Suppressed.VALUE, v.shown(cell, Statistic.P50));
        assertSame(Suppressed.VALUE, v.shown(cell, Statistic.MEAN));
    }

    @Test
    void aCellOfSixShowsItsMedianAgedAndWithholdsItsTails() {
        Valuation v = compound();
        List<SalaryObservation> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(row(100_000 + 10_000 * i, 2024, 2 + i));
        }
        CellStatistics cell = v.cell(six, PayElement.BASE);
        assertEquals(125_000 * v.factor(2024), (Double) v.shown(cell, Statistic.P50), 1e-6);
        assertSame(Suppressed.VALUE, v.shown(cell, Statistic.P90));
    }

    @Test
    void withOrganisationsOneEmployerAboveTheShareWithholdsTheCell() {
        Valuation v = new Valuation(new Aging(Aging.Method.NONE, 0), NOV_1, new SuppressionRule(5, 10, 0.25), true);
        List<SalaryObservation> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(paid(100_000 + i, Double.NaN, i < 4 ? "Acme" : "Org" + i, 2 + i));
        }
        CellStatistics cell = v.cell(rows, PayElement.BASE);
        assertSame(Suppressed.VALUE, v.shown(cell, Statistic.P50), "Acme holds 4 of 6, above 25%");
    }

    @Test
    void aSecondaryCellsMeanIsWithheldAndSaidSo() {
        List<SalaryObservation> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(row(100_000 + i, 2024, 2 + i));
        }
        Valuation first = compound();
        Disclosures.Key key = first.disclosures().key(six, ComplementarySuppression.BASE);
        Valuation second = new Valuation(new Aging(Aging.Method.COMPOUND, 0.03), NOV_1, RULE, false, six, Set.of(key));
        assertTrue(second.withholdsComplements());
        assertFalse(first.withholdsComplements());
        CellStatistics cell = second.cell(six, PayElement.BASE);
        assertSame(Suppressed.VALUE, second.shown(cell, Statistic.MEAN));
        assertTrue(second.shown(cell, Statistic.P50) instanceof Double, "only the mean is complementary");
        assertTrue(second.complementary(six, ComplementarySuppression.BASE));
    }
}
