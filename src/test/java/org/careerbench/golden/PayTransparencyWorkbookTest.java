package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30: the pay transparency workbook, for the employer's analyst, holds the employees
 * compared and figures (a)–(e) and (g) as formulas over them. An analyst corrects one woman's basic
 * pay; LibreOffice recalculates; the mean gap, and her category's, are the test's own arithmetic
 * over the corrected rows.
 */
class PayTransparencyWorkbookTest {
    @TempDir
    Path dir;

    private static Path workbook() throws Exception {
        return ShippedDeliverables.texts().keySet().iterator().next().resolveSibling("pay-transparency-analysis.xlsx");
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The data rows of an Excel table, as their cells. */
    private static List<Row> rows(XSSFWorkbook w, String table) {
        XSSFTable t = w.getTable(table);
        Sheet sheet = t.getXSSFSheet();
        List<Row> rows = new ArrayList<>();
        for (int r = t.getStartRowIndex() + 1; r <= t.getEndRowIndex(); r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }

    private static int column(XSSFWorkbook w, String table, String header) {
        XSSFTable t = w.getTable(table);
        Row head = t.getXSSFSheet().getRow(t.getStartRowIndex());
        for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
            if (head.getCell(c).getStringCellValue().equals(header)) {
                return c;
            }
        }
        throw new AssertionError("no column " + header + " in " + table);
    }

    /** The mean gap computed here from the Workers table's own cells: (men − women) / men of hourly pay. */
    private static double meanGap(XSSFWorkbook w) {
        int sex = column(w, "Workers", "Sex");
        int basic = column(w, "Workers", "Basic pay");
        int variable = column(w, "Workers", "Variable pay");
        int hours = column(w, "Workers", "Hours a year");
        double[] sum = new double[2];
        int[] n = new int[2];
        for (Row r : rows(w, "Workers")) {
            int i = r.getCell(sex).getStringCellValue().equals("female") ? 0 : 1;
            sum[i] += (r.getCell(basic).getNumericCellValue() + r.getCell(variable).getNumericCellValue())
                    / r.getCell(hours).getNumericCellValue();
            n[i]++;
        }
        double women = sum[0] / n[0];
        double men = sum[1] / n[1];
        return (men - women) / men;
    }

    /** The mean gap of total hourly pay within one category, from the Workers table's own cells. */
    private static double categoryGap(XSSFWorkbook w, String category) {
        int sex = column(w, "Workers", "Sex");
        int cat = column(w, "Workers", "Category of worker");
        int basic = column(w, "Workers", "Basic pay");
        int variable = column(w, "Workers", "Variable pay");
        int hours = column(w, "Workers", "Hours a year");
        double[] sum = new double[2];
        int[] n = new int[2];
        for (Row r : rows(w, "Workers")) {
            if (!r.getCell(cat).getStringCellValue().equals(category)) {
                continue;
            }
            int i = r.getCell(sex).getStringCellValue().equals("female") ? 0 : 1;
            sum[i] += (r.getCell(basic).getNumericCellValue() + r.getCell(variable).getNumericCellValue())
                    / r.getCell(hours).getNumericCellValue();
            n[i]++;
        }
        double men = sum[1] / n[1];
        return (men - sum[0] / n[0]) / men;
    }

    /** The "Pay gap" cell of a category's row in the Categories table. */
    private static Cell categoryCell(XSSFWorkbook w, String category) {
        for (Row r : rows(w, "Categories")) {
            if (r.getCell(column(w, "Categories", "Category of worker")).getStringCellValue().equals(category)) {
                return r.getCell(column(w, "Categories", "Pay gap"));
            }
        }
        throw new AssertionError("no category " + category);
    }

    private static Cell gapCell(XSSFWorkbook w) {
        return rows(w, "PayGap").get(0).getCell(column(w, "PayGap", "Gap"));
    }

    @Test
    void theFiguresAreFormulasOverTheEmployeesAndAnEditMovesThem() throws Exception {
        Path edited = dir.resolve("in/pay-transparency-analysis.xlsx");
        Files.createDirectories(edited.getParent());
        double before;
        double expected;
        String category;
        double expectedInCategory;
        try (XSSFWorkbook w = open(workbook())) {
            List<Row> summary = rows(w, "PayGap");
            int women = column(w, "PayGap", "Women");
            for (int r = 0; r < 5; r++) {
                Cell c = summary.get(r).getCell(women);
                assertEquals(CellType.FORMULA, c.getCellType(), "(a)-(e) are live");
                assertTrue(c.getCellFormula().contains("Workers["), c.getCellFormula());
            }
            long all = rows(w, "Workers").stream().filter(r -> r.getCell(column(w, "Workers", "Sex"))
                    .getStringCellValue().equals("female")).count();
            long receiving = rows(w, "Workers").stream().filter(r -> r.getCell(column(w, "Workers", "Sex"))
                    .getStringCellValue().equals("female") && r.getCell(column(w, "Workers", "Variable pay"))
                    .getNumericCellValue() > 0).count();
            assertEquals(receiving / (double) all, summary.get(4).getCell(women).getNumericCellValue(), 1e-12,
                    "(e): the share of women receiving variable pay");
            Cell gap = gapCell(w);
            assertEquals(CellType.FORMULA, gap.getCellType());
            before = gap.getNumericCellValue();
            assertEquals(meanGap(w), before, 1e-9, "the stored mean gap is the employees' own");
            assertEquals(176, rows(w, "Workers").size(), "every employee compared, none set aside in the sample");
            // The analyst corrects the basic pay of the first woman whose category's gap is published: doubled.
            Row woman = rows(w, "Workers").stream().filter(r -> categoryCell(w, r.getCell(column(w, "Workers",
                    "Category of worker")).getStringCellValue()).getCellType() == CellType.FORMULA).findFirst()
                    .orElseThrow();
            category = woman.getCell(column(w, "Workers", "Category of worker")).getStringCellValue();
            assertEquals(categoryGap(w, category), categoryCell(w, category).getNumericCellValue(), 1e-9,
                    "the stored gap of " + category);
            Cell basic = woman.getCell(column(w, "Workers", "Basic pay"));
            basic.setCellValue(basic.getNumericCellValue() * 2);
            expected = meanGap(w);
            expectedInCategory = categoryGap(w, category);
            try (OutputStream out = Files.newOutputStream(edited)) {
                w.write(out);
            }
        }
        assertTrue(Math.abs(expected - before) > 1e-4, "the edit moves the gap");
        Path recalculated = dir.resolve("out");
        org.careerbench.LibreOffice.recalculate(List.of(edited), recalculated);
        try (XSSFWorkbook w = open(recalculated.resolve("pay-transparency-analysis.xlsx"))) {
            assertEquals(expected, gapCell(w).getNumericCellValue(), 1e-9, "LibreOffice's recalculated mean gap");
            assertEquals(expectedInCategory, categoryCell(w, category).getNumericCellValue(), 1e-9,
                    "LibreOffice's recalculated gap of " + category);
        }
    }

    /**
     * The women in each quartile pay band, by the test's own arithmetic over the Workers table's
     * cells: ranked by hourly pay; of a run of {@code k} on the same pay with {@code f} women, the
     * first {@code t} places hold {@code ⌊(f·t + ⌊k/2⌋)/k⌋} women.
     */
    private static int[] womenInBands(XSSFWorkbook w) {
        int sex = column(w, "Workers", "Sex");
        int basic = column(w, "Workers", "Basic pay");
        int variable = column(w, "Workers", "Variable pay");
        int hours = column(w, "Workers", "Hours a year");
        List<double[]> people = new ArrayList<>();
        for (Row r : rows(w, "Workers")) {
            people.add(new double[] {(r.getCell(basic).getNumericCellValue() + r.getCell(variable)
                    .getNumericCellValue()) / r.getCell(hours).getNumericCellValue(),
                r.getCell(sex).getStringCellValue().equals("female") ? 1 : 0});
        }
        people.sort((a, b) -> Double.compare(a[0], b[0]));
        int n = people.size();
        int[] women = new int[4];
        for (int s = 0; s < n;) {
            int e = s;
            int f = 0;
            while (e < n && people.get(e)[0] == people.get(s)[0]) {
                f += (int) people.get(e)[1];
                e++;
            }
            int run = e - s;
            for (int q = 0; q < 4; q++) {
                int j1 = Math.max(0, Math.min(run, (int) Math.ceil(q * n / 4.0) - s));
                int j2 = Math.max(0, Math.min(run, (int) Math.ceil((q + 1) * n / 4.0) - s));
                women[q] += Math.floorDiv(f * j2 + run / 2, run) - Math.floorDiv(f * j1 + run / 2, run);
            }
            s = e;
        }
        return women;
    }

    private static int[] column(XSSFWorkbook w, String header) {
        int c = column(w, "Quartiles", header);
        return rows(w, "Quartiles").stream().mapToInt(r -> (int) Math.round(r.getCell(c).getNumericCellValue()))
                .toArray();
    }

    /**
     * Defect: the quartile pay bands were values, so an analyst's correction moved the gap but not
     * the bands, and their pay bounds were text. Now each employee's rank and band, and each band's
     * counts and bounds, are formulas; an edit that moves two people across the bands moves them,
     * and LibreOffice's recalculation equals the test's own arithmetic, ties included.
     */
    @Test
    void quartileBandsWereValuesAndAnEditDidNotMoveThem() throws Exception {
        Path edited = dir.resolve("bands/pay-transparency-analysis.xlsx");
        Files.createDirectories(edited.getParent());
        int[] expected;
        try (XSSFWorkbook w = open(workbook())) {
            for (Row r : rows(w, "Quartiles")) {
                for (String header : List.of("Hourly pay from (USD)", "to (USD)", "Women", "Men", "Women %")) {
                    Cell c = r.getCell(column(w, "Quartiles", header));
                    assertEquals(CellType.FORMULA, c.getCellType(), header + " is live: " + c);
                    assertEquals(CellType.NUMERIC, c.getCachedFormulaResultType(), header + " is a number");
                }
            }
            assertEquals(java.util.Arrays.toString(womenInBands(w)), java.util.Arrays.toString(column(w, "Women")),
                    "the stored bands are the test's own");
            int band = column(w, "Workers", "Quartile pay band");
            int sex = column(w, "Workers", "Sex");
            int basic = column(w, "Workers", "Basic pay");
            // The lowest-banded woman is paid four times as much; the highest-banded man a quarter.
            Row woman = rows(w, "Workers").stream().filter(r -> r.getCell(sex).getStringCellValue().equals("female")
                    && r.getCell(band).getNumericCellValue() == 1).findFirst().orElseThrow();
            Row man = rows(w, "Workers").stream().filter(r -> r.getCell(sex).getStringCellValue().equals("male")
                    && r.getCell(band).getNumericCellValue() == 4).findFirst().orElseThrow();
            woman.getCell(basic).setCellValue(woman.getCell(basic).getNumericCellValue() * 4);
            man.getCell(basic).setCellValue(man.getCell(basic).getNumericCellValue() / 4);
            expected = womenInBands(w);
            assertTrue(!java.util.Arrays.equals(expected, column(w, "Women")), "the edit moves the bands");
            try (OutputStream out = Files.newOutputStream(edited)) {
                w.write(out);
            }
        }
        Path recalculated = dir.resolve("bands-out");
        org.careerbench.LibreOffice.recalculate(List.of(edited), recalculated);
        try (XSSFWorkbook w = open(recalculated.resolve("pay-transparency-analysis.xlsx"))) {
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(column(w, "Women")),
                    "LibreOffice's recalculated women per band");
            int[] women = column(w, "Women");
            int[] men = column(w, "Men");
            for (int q = 0; q < 4; q++) {
                assertEquals(44, women[q] + men[q], "176 employees, 44 a band");
                assertEquals(women[q] / 44.0, rows(w, "Quartiles").get(q).getCell(column(w, "Quartiles", "Women %"))
                        .getNumericCellValue(), 1e-12);
            }
            int rank = column(w, "Workers", "Pay rank");
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 176).boxed().toList(), rows(w, "Workers").stream()
                    .map(r -> (int) r.getCell(rank).getNumericCellValue()).sorted().toList(),
                    "the ranks are 1 to 176, each once");
        }
    }
}
