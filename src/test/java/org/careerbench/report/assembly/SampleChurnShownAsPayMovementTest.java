package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.PdfFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 28): "What changed" showed a thin cell's move (Europe, senior: n = 5 then 6) as a
 * pay movement, listed a figure twice when a chart drew it from a table, wrote filter syntax
 * ("Europe | Senior"), and signed a fall with a hyphen that a line could break after.
 */
class SampleChurnShownAsPayMovementTest {
    @TempDir
    static Path dir;

    private static String november;
    private static String german;

    @BeforeAll
    static void twoPeriods() throws Exception {
        Path thinned = PeriodInputs.thinned(dir.resolve("thinned"), 10);
        Path output = dir.resolve("output");
        PeriodInputs.octoberThenNovember(thinned, output);
        november = PdfFacts.read(output.resolve("2026-11/career-report.pdf")).text().replaceAll("\\s+", " ");
        german = PdfFacts.read(output.resolve("2026-11/karrierebericht.pdf")).text().replaceAll("\\s+", " ");
    }

    /** Issue 28: the German "What changed" named a group "Europe, Senior", the data's word, not "Europa". */
    @Test
    void germanChangesNamedGroupsByTheDatasEnglishWords() {
        int at = german.indexOf("Was sich seit Okt");
        assertTrue(at >= 0, german);
        String changes = german.substring(at);
        assertTrue(changes.contains("Europa, Senior"), changes);
        assertFalse(changes.contains("Europe, Senior"), changes);
    }

    @Test
    void aMoveOnAThinCellIsNotComparableAndHasNoChangeFigure() {
        Matcher row = Pattern.compile("outside North America: Europe, Senior P25 (\\$[\\d,]+) (\\$[\\d,]+) ([^B]*?)"
                + "(?= Base| Observation| Site|$)").matcher(november);
        assertTrue(row.find(), november);
        assertTrue(row.group(3).startsWith("not comparable: n = "), row.group(3));
        assertFalse(row.group(3).matches(".*[+\u2212]\\$.*"), "no change in money: " + row.group(3));
    }

    @Test
    void eachFigureIsOneRowNamedInTheReadersWords() {
        assertFalse(november.contains("Europe | Senior"), "no filter syntax");
        int at = november.indexOf("What changed since October 2026");
        int end = november.indexOf("What changed in the data");
        String changes = november.substring(at, end);
        Matcher p25 = Pattern.compile("Europe, Senior P25").matcher(changes);
        int rows = 0;
        while (p25.find()) {
            rows++;
        }
        assertEquals(1, rows, changes);
    }

    @Test
    void everyChangeIsSignedWithARealMinusAndOnePrecision() {
        assertFalse(november.matches(".*\\(-[\\d.]+%\\).*"), "no hyphen as minus");
        Matcher clause = Pattern.compile("([+\u2212])\\$[\\d,]+ \\(([+\u2212])(\\d+\\.\\d)%\\) since October 2026")
                .matcher(november);
        assertTrue(clause.find(), november);
        assertEquals(clause.group(1), clause.group(2), "the amount and the percent carry the same sign");
    }
}
