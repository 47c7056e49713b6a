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
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 28: an analyst could not look a group up — pick a level and a region and read P25, P50,
 * P75 and n. The shipped benchmark workbook has a Lookup sheet: a drop-down list for each of the
 * Benchmark table's row columns, and the statistics of the row picked as formulas over the table.
 * Read back with POI (validations, formulas, cached values equal the table's row), then the picks
 * are changed to a published group and to a withheld one and LibreOffice recalculates: the values
 * are the table's, and a withheld figure stays withheld.
 */
class AnalystLookupSheetTest {
    @TempDir
    Path dir;

    private static Path workbook() throws Exception {
        return ShippedDeliverables.texts().keySet().stream().filter(p -> p.getFileName().toString()
                .equals("salary-benchmark.xlsx")).findFirst().orElseThrow();
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The Benchmark table's rows as text: level, region, then each cell shown as a number or "" when empty. */
    private static List<List<String>> benchmark(XSSFWorkbook w) {
        XSSFSheet sheet = w.getSheet("Benchmark");
        XSSFTable table = sheet.getTables().stream().filter(t -> t.getName().equals("Benchmark")).findFirst()
                .orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (int r = table.getStartRowIndex(); r <= table.getEndRowIndex(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
                Cell cell = sheet.getRow(r).getCell(c);
                cells.add(text(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> String.format(java.util.Locale.ROOT, "%.4f", cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }

    /** The Lookup sheet's label in column A to the cell beside it. */
    private static Cell beside(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no '" + label + "' on " + sheet.getSheetName());
    }

    /** The expected answers for a pick, read from the Benchmark table's own row: n, P25, P50, P75. */
    private static List<String> row(List<List<String>> table, String level, String region) {
        List<String> header = table.get(0);
        for (List<String> r : table.subList(1, table.size())) {
            if (r.get(0).equals(level) && r.get(1).equals(region)) {
                List<String> answers = new ArrayList<>();
                for (String h : List.of("n", "P25", "P50", "P75")) {
                    String v = r.get(header.indexOf(h));
                    answers.add(v.isEmpty() ? "\u2014" : v);
                }
                return answers;
            }
        }
        throw new AssertionError("no row " + level + ", " + region);
    }

    private static List<String> answers(Sheet lookup) {
        return List.of("n", "P25", "P50", "P75").stream().map(h -> text(beside(lookup, h))).toList();
    }

    @Test
    void theLookupPicksFromListsAndReadsTheBenchmarkRowLiveEvenAfterTheAnalystChangesThePick() throws Exception {
        List<List<String>> table;
        Path edited = dir.resolve("in").resolve("salary-benchmark.xlsx");
        Files.createDirectories(edited.getParent());
        String published;
        String withheld;
        try (XSSFWorkbook w = open(workbook())) {
            table = benchmark(w);
            XSSFSheet lookup = w.getSheet("Lookup");
            assertTrue(lookup != null, "a Lookup sheet");
            // Both picks are list validations over the choices written beside them.
            List<? extends DataValidation> validations = lookup.getDataValidations();
            assertEquals(2, validations.size(), "one drop-down for level, one for region");
            for (DataValidation v : validations) {
                assertEquals(DataValidationConstraintType.LIST, v.getValidationConstraint().getValidationType());
                assertTrue(v.getValidationConstraint().getFormula1().matches("\\$[A-Z]+\\$\\d+:\\$[A-Z]+\\$\\d+"),
                        v.getValidationConstraint().getFormula1());
            }
            Cell level = beside(lookup, "Level");
            Cell region = beside(lookup, "Region");
            for (String h : List.of("n", "P25", "P50", "P75")) {
                Cell c = beside(lookup, h);
                assertEquals(CellType.FORMULA, c.getCellType(), h);
                assertTrue(c.getCellFormula().contains("SUMIFS(Benchmark[" + h + "],Benchmark[Level],")
                        && c.getCellFormula().contains("Benchmark[Region],"), c.getCellFormula());
            }
            // As published, the cached answers are the table's row for the first pick.
            assertEquals(row(table, level.getStringCellValue(), region.getStringCellValue()), answers(lookup));
            // A published group and a withheld one, from the table itself.
            int p50 = table.get(0).indexOf("P50");
            List<String> open = table.subList(1, table.size()).stream().filter(r -> !r.get(p50).isEmpty())
                    .reduce((a, b) -> b).orElseThrow();
            List<String> closed = table.subList(1, table.size()).stream().filter(r -> r.get(p50).isEmpty())
                    .findFirst().orElseThrow();
            published = open.get(0) + "|" + open.get(1);
            withheld = closed.get(0) + "|" + closed.get(1);
        }
        Path recalculated = dir.resolve("out");
        Files.createDirectories(recalculated);
        for (String pick : List.of(published, withheld)) {
            String[] lr = pick.split("\\|");
            try (XSSFWorkbook w = open(workbook()); OutputStream out = Files.newOutputStream(edited)) {
                Sheet lookup = w.getSheet("Lookup");
                pick(beside(lookup, "Level"), lr[0]);
                pick(beside(lookup, "Region"), lr[1]);
                w.write(out);
            }
            org.careerbench.LibreOffice.recalculate(List.of(edited), recalculated);
            try (XSSFWorkbook w = open(recalculated.resolve("salary-benchmark.xlsx"))) {
                List<String> got = answers(w.getSheet("Lookup"));
                assertEquals(row(table, lr[0], lr[1]), got, "LibreOffice's answers for " + pick);
                if (pick.equals(withheld)) {
                    assertEquals("\u2014", got.get(2), "a withheld median stays withheld");
                }
            }
        }
    }

    /** The analyst's pick, as a new cell in the old one's place: POI's setCellValue keeps an inline string's text. */
    private static void pick(Cell old, String value) {
        Row row = old.getRow();
        var style = old.getCellStyle();
        int column = old.getColumnIndex();
        row.removeCell(old);
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    private static final class DataValidationConstraintType {
        static final int LIST = org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST;
    }
}
