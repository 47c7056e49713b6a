package org.careerbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every number a reader can get out of a published file, read the way a reader would. */
class NumbersInFilesTest {
    @TempDir
    Path dir;

    private static boolean has(List<FoundNumber> found, double value) {
        return found.stream().anyMatch(f -> f.shows(value));
    }

    @Test
    void textIsReadTheEnglishAndTheGermanWay() {
        List<FoundNumber> found = new NumbersInFiles(true).text("p", "Median $195,371 and 1.234,5 €");
        assertTrue(has(found, 195_371), found.toString());
        assertTrue(has(found, 195.371), "the German reading of the same text");
        assertTrue(has(found, 1234.5), found.toString());
        assertEquals(2, found.stream().mapToInt(FoundNumber::token).distinct().count(), "two numbers, two readings each");
    }

    @Test
    void numbersGluedToLettersAreNamesNotFigures() {
        List<FoundNumber> found = new NumbersInFiles(true).text("p", "SHA abc123 P50 2026-11 n=12");
        assertFalse(has(found, 123), found.toString());
        assertFalse(has(found, 50), found.toString());
        assertTrue(has(found, 2026));
        assertTrue(has(found, 12));
    }

    @Test
    void aTrailingFullStopIsPunctuation() {
        List<FoundNumber> found = new NumbersInFiles(true).text("p", "It rose to 120,000.");
        assertTrue(has(found, 120_000), found.toString());
    }

    @Test
    void aShownNumberMatchesAFigureRoundedToItsDecimals() {
        assertTrue(new FoundNumber("p", 11.3, 1).shows(11.3456));
        assertFalse(new FoundNumber("p", 11.3, 1).shows(11.36));
        assertTrue(new FoundNumber("c", 195_371.004, -1).shows(195_371.0));
        assertFalse(new FoundNumber("c", 195_371.4, -1).shows(195_371.0), "full precision means to the cent");
    }

    @Test
    void aWebPagesTextWithoutMarkupStylesOrScripts() {
        String text = NumbersInFiles.html("<style>.a{width:400px}</style><script>var x=77;</script><!-- 88 -->"
                + "<p>P50 <b>$150,000</b> &amp; n&#x3d;14</p>");
        assertFalse(text.contains("400"), text);
        assertFalse(text.contains("77"), text);
        assertFalse(text.contains("88"), text);
        assertTrue(text.contains("$150,000"), text);
        assertTrue(text.contains("& n=14"), text);
    }

    @Test
    void aWorkbooksFormulaIsReadAsRecalculatedOrAsStored() throws Exception {
        Path file = dir.resolve("w.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Pay");
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue(100_000);
            row.createCell(1).setCellValue(20_000);
            var sum = row.createCell(2);
            sum.setCellFormula("A1+B1");
            // A stale cached result, as a file last saved by a tool that did not recalculate would hold.
            sum.getCTCell().setV("1");
            row.createCell(3).setCellValue("Median 95,000");
            wb.write(out);
        }
        List<FoundNumber> recalculated = new NumbersInFiles(true).read(file);
        assertTrue(has(recalculated, 120_000), recalculated.toString());
        assertTrue(has(recalculated, 95_000), "numbers in text cells");
        assertTrue(recalculated.stream().anyMatch(f -> f.where().equals("'Pay'!C1")), recalculated.toString());
        List<FoundNumber> stored = new NumbersInFiles(false).read(file);
        assertTrue(has(stored, 1), stored.toString());
        assertFalse(has(stored, 120_000), stored.toString());
    }

    @Test
    void aCsvsFieldsAreNumbersByLine() throws Exception {
        Path file = Files.writeString(dir.resolve("figures.csv"), "report,value,shown\n"
                + "a.pdf,150000.5,\"$150,000\"\n");
        List<FoundNumber> found = new NumbersInFiles(true).read(file);
        assertTrue(found.stream().anyMatch(f -> f.where().equals("line 2") && f.value() == 150_000.5),
                found.toString());
    }

    @Test
    void aFileOfAnotherKindHoldsNoFigures() throws Exception {
        Path file = Files.writeString(dir.resolve("manifest.json"), "{\"bytes\": 1234}");
        assertEquals(List.of(), new NumbersInFiles(true).read(file));
    }
}
