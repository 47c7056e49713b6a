package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.careerbench.SampleSalaries;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published survey percentiles beside the same percentiles of the observations. */
class SurveyTablesTest {
    @TempDir
    Path dir;

    private Made<TableBlock> survey() throws BlockProblem {
        TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n" + Contexts.fence("table",
                "source: survey\nfilter: {country: US}"));
        return new SurveyTables(Contexts.of(spec)).survey(Contexts.block(spec, 0, TableSpec.Survey.class), "S");
    }

    @Test
    void eachSurveyRowOfTheRoleFamilyAsPublishedThenTheObservedRow() throws Exception {
        Made<TableBlock> made = survey();
        TableBlock t = made.value();
        long published = Files.readAllLines(Path.of("input/survey-percentiles.csv")).stream()
                .filter(l -> l.endsWith(",SRE & ML Infrastructure")).count();
        assertEquals(published + 1, t.rows().size());
        List<Object> bls = t.rows().get(0);
        assertTrue(String.valueOf(bls.get(0)).startsWith("BLS"), bls.toString());
        assertEquals(83_510.0, bls.get(t.columnIndex("P50")), "as published, not aged");
        assertEquals(List.of(), made.warnings(), "every sample survey is in USD");
    }

    @Test
    void theObservedRowIsTheAgedPercentilesOfTheFilteredPopulation() throws Exception {
        TableBlock t = survey().value();
        List<Object> observed = t.rows().get(t.rows().size() - 1);
        double[] us = SampleSalaries.load().agedBaseSalaries(LocalDate.of(2026, 11, 1), 0.03, "role_family",
                "SRE & ML Infrastructure", "country", "US");
        // Issue 28: this report's n had shared a column with the survey's employment (142 beside 354,450).
        assertEquals(us.length, ((Number) observed.get(t.columnIndex("n"))).intValue(), "n in its own column");
        assertEquals(null, observed.get(t.columnIndex("Employment")), "no employment for the observed row");
        List<Object> bls = t.rows().get(0);
        assertEquals(null, bls.get(t.columnIndex("n")), "no n for the survey's row");
        assertEquals(354_450L, ((Number) bls.get(t.columnIndex("Employment"))).longValue());
        assertEquals(SampleSalaries.percentile(us, 0.25), ((Number) observed.get(t.columnIndex("P25"))).doubleValue(),
                1e-6);
        assertTrue(t.footnotes().stream().anyMatch(n -> n.contains("aged to 1 November 2026")), t.footnotes().toString());
    }
}
