package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.careerbench.render.html.PeriodIndexPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 28): a period's index.html was a bare list of files. It is the period's front
 * page now: its headline figures as the reports show them, each deliverable under its readers with
 * its language, and a link to the period before.
 */
class IndexPageIsABareFileListTest {
    @TempDir
    static Path dir;

    private static String october;
    private static String november;

    @BeforeAll
    static void twoPeriods() throws Exception {
        Path out = dir.resolve("out");
        for (YearMonth p : new YearMonth[] {YearMonth.of(2026, 10), YearMonth.of(2026, 11)}) {
            new RunJob(RunLog.SILENT).run(new RunOptions(Path.of("input"), Path.of("templates"), out, p,
                    "careerbench run"));
        }
        october = Files.readString(out.resolve("2026-10").resolve(PeriodIndexPage.NAME));
        november = Files.readString(out.resolve("2026-11").resolve(PeriodIndexPage.NAME));
    }

    @Test
    void theHeadlineFiguresLeadAsTheReportShowsThem() {
        assertTrue(november.contains("<h2>Headline figures</h2>"), november);
        assertTrue(november.contains("<p class=\"value\">$195,371</p><p class=\"label\">Median base salary, Senior, US"
                + "</p>"), november);
    }

    @Test
    void eachDeliverableIsListedUnderItsReadersWithItsLanguage() {
        int analysts = november.indexOf("For compensation analysts");
        int hr = november.indexOf("For HR and managers");
        assertTrue(analysts > 0 && hr > 0, november);
        int workbook = november.indexOf("./salary-benchmark.xlsx");
        assertTrue(workbook > analysts && (workbook < hr || hr < analysts), "the benchmark workbook is the analysts'");
        assertTrue(november.contains("<td>English</td>"), november);
        assertTrue(november.contains("Data files for November 2026"), november);
    }

    @Test
    void aPeriodLinksToThePeriodBeforeAndTheFirstToNone() {
        assertTrue(november.contains("<a href=\"../2026-10/index.html\">The previous period: October 2026</a>"),
                november);
        assertFalse(october.contains("The previous period"), october);
    }
}
