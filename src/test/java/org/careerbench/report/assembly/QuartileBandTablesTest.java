package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerbench.stats.PayGaps;
import org.junit.jupiter.api.Test;

/** Issue 30: the quartile pay bands, as values on a page and as formulas in the analyst's workbook. */
class QuartileBandTablesTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    /** The quartile table of a template holding the employees' table first, then the bands. */
    private org.careerbench.report.TableBlock quartiles(String format, String audience, String rules,
            boolean withWorkers) throws Exception {
        String bands = Contexts.fence("table", "name: Bands\nsource: pay-gap\nshow: quartiles" + rules);
        String body = "# Pay\n\n" + (withWorkers ? Contexts.fence("table", "name: People\nsource: pay-gap\nshow: workers"
                + rules) + "\n" : "") + bands;
        var spec = Contexts.template(dir, format, audience, body);
        var t = Contexts.block(spec, withWorkers ? 1 : 0, org.careerbench.template.TableSpec.PayGap.class);
        return new QuartileBandTables(Contexts.of(spec)).table(t, "Bands",
                Workforce.of(Contexts.sample().roster(), "USD", 40),
                new FigureLog());
    }

    /** Defect: a workbook's quartile bounds were the text "41.35", not numbers. */
    @Test
    void quartileBoundsWereTextInAWorkbook() throws Exception {
        var workbook = quartiles("xlsx", "analyst", "", false);
        for (List<Object> row : workbook.rows()) {
            assertTrue(row.get(1) instanceof Double && row.get(2) instanceof Double, row.toString());
        }
        var pdf = quartiles("pdf", "public", "", false);
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", (Double) workbook.rows().get(0).get(1)),
                pdf.rows().get(0).get(1), "a page shows two decimals");
    }

    @Test
    void besideItsEmployeesEachBandIsAFormulaOverTheirRanks() throws Exception {
        var t = quartiles("xlsx", "analyst", "\nrules: uk", true);
        var force = Workforce.of(Contexts.sample().roster(), "USD", 40);
        var bands = PayGaps.quartileBands(force.workers(), PayGaps.Rules.UK);
        for (int q = 0; q < 4; q++) {
            List<Object> row = t.rows().get(q);
            var from = (org.careerbench.report.LiveValue.BandPay) row.get(1);
            assertEquals("Basic hourly pay", from.payColumn(), "UK rules rank by basic hourly pay");
            assertEquals(bands.get(q).get(0).basicHourlyPay(), from.cached(), 1e-12);
            var women = (org.careerbench.report.LiveValue.BandCount) row.get(3);
            assertEquals(q + 1, women.band());
            assertEquals("People", women.table());
            assertEquals((int) bands.get(q).stream().filter(x -> x.sex() == PayGaps.Sex.FEMALE).count(),
                    women.cached());
            assertTrue(row.get(5) instanceof org.careerbench.report.LiveValue.ShareOfBoth, row.toString());
        }
    }
}
