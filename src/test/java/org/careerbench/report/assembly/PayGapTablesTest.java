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
