package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.careerbench.data.Employee;
import org.careerbench.stats.PayGaps;
import org.junit.jupiter.api.Test;

class PayGapTablesTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    private Made<List<org.careerbench.report.Block>> table(String format, String audience, String yaml)
            throws Exception {
        var spec = Contexts.template(dir, format, audience, "# Pay\n\n" + Contexts.fence("table", yaml));
        var t = Contexts.block(spec, 0, org.careerbench.template.TableSpec.PayGap.class);
        return new PayGapTables(Contexts.of(spec)).blocks(t, "PayGap");
    }

    /** The filed mean gap of a summary table. */
    private static double meanGap(Made<List<org.careerbench.report.Block>> made) {
        return made.figures().stream().filter(f -> f.keys().equals("mean") && f.statistic().equals("gap"))
                .findFirst().orElseThrow().value().getAsDouble();
    }

    @Test
    void ukRulesCompareBasicHourlyPayAndSayItInTheNote() throws Exception {
        var eu = table("pdf", "public", "source: pay-gap\nshow: summary");
        var uk = table("pdf", "public", "source: pay-gap\nshow: summary\nrules: uk");
        var force = Workforce.of(Contexts.sample().roster(), "USD", 40);
        double men = force.workers().stream().filter(x -> x.sex() == PayGaps.Sex.MALE)
                .mapToDouble(PayGaps.Worker::basicHourlyPay).average().orElseThrow();
        double women = force.workers().stream().filter(x -> x.sex() == PayGaps.Sex.FEMALE)
                .mapToDouble(PayGaps.Worker::basicHourlyPay).average().orElseThrow();
        assertEquals((men - women) / men, meanGap(uk), 1e-12);
        assertTrue(Math.abs(meanGap(eu) - meanGap(uk)) > 1e-4, "the EU's hourly pay adds the variable pay");
        var note = ((org.careerbench.report.TableBlock) uk.value().get(0)).footnotes();
        assertTrue(note.stream().anyMatch(n -> n.contains("UK rules: hourly pay is ordinary pay")), note.toString());
    }

    @Test
    void employeeRowsAreRefusedOutsideAnAnalystsWorkbook() {
        BlockProblem pdf = assertThrows(BlockProblem.class, () -> table("pdf", "public",
                "source: pay-gap\nshow: workers"));
        assertTrue(pdf.problem().message().contains("employee rows never appear in a PDF report"),
                pdf.problem().message());
        BlockProblem hr = assertThrows(BlockProblem.class, () -> table("xlsx", "hr", "source: pay-gap\nshow: workers"));
        assertTrue(hr.problem().message().contains("appear only in a workbook for analysts"), hr.problem().message());
    }

    /** The quartile table of a template holding the employees' table first, then the bands. */
    private org.careerbench.report.TableBlock quartiles(String format, String audience, String rules,
            boolean withWorkers) throws Exception {
        String bands = Contexts.fence("table", "name: Bands\nsource: pay-gap\nshow: quartiles" + rules);
        String body = "# Pay\n\n" + (withWorkers ? Contexts.fence("table", "name: People\nsource: pay-gap\nshow: workers"
                + rules) + "\n" : "") + bands;
        var spec = Contexts.template(dir, format, audience, body);
        var t = Contexts.block(spec, withWorkers ? 1 : 0, org.careerbench.template.TableSpec.PayGap.class);
        return (org.careerbench.report.TableBlock) new PayGapTables(Contexts.of(spec)).blocks(t, "Bands").value()
                .get(0);
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

    /** Defect: with no one set aside the note still listed "Set aside: 0 (0 without a sex recorded, …)". */
    @Test
    void aNoteOfZerosWhenNoOneWasSetAside() throws Exception {
        var t = (org.careerbench.report.TableBlock) table("pdf", "public", "source: pay-gap\nshow: summary").value()
                .get(0);
        String note = t.footnotes().get(0);
        assertTrue(note.startsWith("Compared: 63 women and 113 men. Counted but not compared: 4 recorded neither "
                + "female nor male. No one was set aside"), note);
        assertTrue(!note.contains("0 without"), note);
    }
}
