package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerbench.SampleSalaries;
import org.careerbench.report.Block;
import org.careerbench.report.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statements a compensation analyst checks first: method, thresholds, population, aging, sources. */
class MethodologyTest {
    @TempDir
    Path dir;

    private List<String> statements(String body) {
        Block.Bullets b = new Methodology(Contexts.of(Contexts.template(dir, "pdf", "hr", "# A\n" + body)))
                .statements();
        return b.items().stream().map(i -> i.stream().map(TextRun::text).reduce("", String::concat)).toList();
    }

    private static String starting(List<String> items, String prefix) {
        return items.stream().filter(i -> i.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' in " + items));
    }

    @Test
    void thePercentileMethodAndTheSuppressionRuleAreStated() {
        List<String> items = statements("");
        assertTrue(starting(items, "Percentiles:").contains("PERCENTILE.INC"));
        assertTrue(starting(items, "Suppression:").contains("n ≥ 5 for mean and P25–P75; n ≥ 10 for P10 and P90"));
    }

    @Test
    void thePopulationIsCountedWithTheYearsItWasPaid() throws Exception {
        int n = SampleSalaries.load().baseSalaries("role_family", "SRE & ML Infrastructure").length;
        String population = starting(statements(""), "Population:");
        assertTrue(population.contains(n + " observations"), population);
        assertTrue(population.matches(".*paid \\d{4}–\\d{4}\\..*"), population);
    }

    @Test
    void agingSaysInWordsHowSalariesMoveToTheEffectiveDate() {
        String aging = starting(statements(""), "Aging:");
        // Issue 28: the reader got "aged = value · (1 + rate)^(months / 12)"; the workbook keeps the formula.
        assertTrue(aging.contains("the yearly rate compounded over the whole months between that date and the "
                + "effective date, 1 November 2026"), aging);
        assertTrue(!aging.contains("^"), aging);
    }

    @Test
    void anIllustrativeSkillIndexIsSaidToBeIllustrative() {
        assertTrue(statements("").stream().anyMatch(i -> i.startsWith("Skills: the demand index is illustrative")));
    }
}
