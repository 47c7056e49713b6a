package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.careerbench.data.SalaryObservation;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.ComplementarySuppression;
import org.careerbench.stats.Statistic;
import org.careerbench.stats.SuppressionRule;
import org.junit.jupiter.api.Test;

/** What a report's figures give away, recorded as they are shown. */
class DisclosuresTest {
    private static final SuppressionRule RULE = new SuppressionRule(5, 10);

    private static List<SalaryObservation> people(String region, int n, long firstLine) {
        List<SalaryObservation> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(SalaryObservation.builder().roleFamily("SRE").jobTitle("SRE").level("Senior")
                    .country("US").region(region).companySize("M").employmentType("FT")
                    .baseSalary(100_000 + 1_000 * i, "USD").year(2024).line(firstLine + i).build());
        }
        return rows;
    }

    private static double[] amounts(List<SalaryObservation> rows) {
        return rows.stream().mapToDouble(SalaryObservation::baseSalary).toArray();
    }

    private static void mean(Disclosures d, List<SalaryObservation> rows) {
        double[] a = amounts(rows);
        d.shown(rows, ComplementarySuppression.BASE, Statistic.MEAN, CellStatistics.of(a, RULE), a);
    }

    @Test
    void aTotalBesideAllButOnePartNamesTheCellToWithholdAndTheSecrets() {
        List<SalaryObservation> asia = people("Asia", 2, 1);
        List<SalaryObservation> europe = people("Europe", 6, 10);
        List<SalaryObservation> america = people("America", 20, 100);
        List<SalaryObservation> all = new ArrayList<>(asia);
        all.addAll(europe);
        all.addAll(america);
        Disclosures d = new Disclosures(all, SalaryObservation::baseSalary);
        mean(d, all);
        mean(d, asia);
        mean(d, europe);
        mean(d, america);
        assertEquals(1, d.disclosed().size(), "Asia's withheld mean follows from the total");
        Set<Disclosures.Key> secondary = d.secondary();
        assertEquals(Set.of(d.key(europe, ComplementarySuppression.BASE)), secondary, "the smaller other part");
        assertEquals(1, d.secrets().size());
        assertEquals(100_500.0, d.secrets().get(0).value(), "the withheld mean, known to the audit only");
    }

    @Test
    void theSalariesBehindAWithheldMedianAreSecretUnlessShownOnPurpose() {
        List<SalaryObservation> asia = people("Asia", 2, 1);
        Disclosures d = new Disclosures(asia, SalaryObservation::baseSalary);
        double[] a = amounts(asia);
        d.shown(asia, ComplementarySuppression.BASE, Statistic.P50, CellStatistics.of(a, RULE), a);
        assertArrayEquals(new double[] {100_000, 101_000}, d.withheldSalaries());
        d.microdata(asia, true);
        assertEquals(0, d.withheldSalaries().length, "withheld: show keeps them on purpose");
        assertTrue(d.disclosed().isEmpty(), "no mean shown, nothing to derive");
    }
}
