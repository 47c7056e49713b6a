package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorksheetReaderTest {
    private static final String[] HEADER = {"indicator", "year", "value", "unit", "basis", "source"};

    @TempDir
    Path dir;

    /** A workbook with a sheet "Data": the header in row {@code headerRow}, then one good row, then {@code more}. */
    private Path workbook(int headerRow, Consumer<XSSFWorkbook> more) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Read me first");
            Sheet s = wb.createSheet("Data");
            s.createRow(0).createCell(0).setCellValue("Survey 2026, all figures in USD");
            Row h = s.createRow(headerRow - 1);
            for (int i = 0; i < HEADER.length; i++) {
                h.createCell(i).setCellValue(HEADER[i]);
            }
            Row r = s.createRow(headerRow);
            cells(r, 0, "Market size", 2024, 293.33, "USD million", "stated", "a survey");
            more.accept(wb);
            Path file = dir.resolve("survey.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    private List<DataRow> read(String mapping) throws Exception {
        Path map = dir.resolve("market.mapping.yaml");
        Files.writeString(map, mapping);
        SourceMapping m = new MappingLoader().loadAll(map, StandardSchemas.MARKET, StandardCharsets.UTF_8).get(0);
        List<DataRow> rows = new ArrayList<>();
        new WorksheetReader().read(m, StandardSchemas.MARKET, new QualityLedger(), rows::add);
        return rows;
    }

    private static Row row(XSSFWorkbook wb, int index) {
        Sheet s = wb.getSheet("Data");
        return s.getRow(index) != null ? s.getRow(index) : s.createRow(index);
    }

    private String problems(String mapping) {
        DataException e = assertThrows(DataException.class, () -> read(mapping));
        return String.join("\n", e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void readsTheNamedSheetFromItsHeaderRowWithNumbersAtFullPrecision() throws Exception {
        workbook(3, wb -> {
            Row r = row(wb, 4);
            cells(r, 0, "Market size", 2025, 318.2566666666667);
            XSSFCellStyle rounded = wb.createCellStyle();
            rounded.setDataFormat(wb.createDataFormat().getFormat("$#,##0"));
            r.getCell(2).setCellStyle(rounded);
            cells(r, 3, "USD million", "derived", "a survey");
        });
        List<DataRow> rows = read("file: survey.xlsx\nsheet: Data\nheader-row: 3\n");
        assertEquals(2, rows.size());
        assertEquals(293.33, rows.get(0).number("value"));
        assertEquals(318.2566666666667, rows.get(1).number("value"), "the value held, not the $318 shown");
        assertEquals(2025, rows.get(1).integer("year"));
        assertEquals("survey.xlsx:Data", rows.get(1).file());
        assertEquals(5, rows.get(1).line(), "the row as Excel numbers it");
    }

    @Test
    void aValueTheSchemaRefusesIsNamedByItsCell() throws Exception {
        workbook(3, wb -> {
            Row r = row(wb, 16);
            cells(r, 0, "Market size", 2026, "abc", "USD million", "stated", "a survey");
        });
        assertEquals("survey.xlsx:Data!C17: column 'value': found \"abc\", expected a number",
                problems("file: survey.xlsx\nsheet: Data\nheader-row: 3\n"));
    }

    @Test
    void aRangeReadsItsColumnsAndRowsOnly() throws Exception {
        workbook(3, wb -> {
            Row below = row(wb, 10);
            below.createCell(0).setCellValue("Totals, not data");
            row(wb, 3).createCell(9).setCellValue("a note beside the table");
        });
        List<DataRow> rows = read("file: survey.xlsx\nsheet: Data\nrange: A3:F5\n");
        assertEquals(1, rows.size());
    }

    @Test
    void aValueBesideTheHeaderIsAProblemAtItsCell() throws Exception {
        workbook(3, wb -> row(wb, 3).createCell(9).setCellValue("stray"));
        String text = problems("file: survey.xlsx\nsheet: Data\nheader-row: 3\n");
        assertTrue(text.startsWith("survey.xlsx:Data!J4: found \"stray\" in a column with no header"), text);
    }

    @Test
    void aFormulaIsReadByItsStoredResultAndOneWithoutIsAProblem() throws Exception {
        Path file = workbook(2, wb -> {
            Row r = row(wb, 3);
            r.createCell(0).setCellValue("Market size");
            r.createCell(1).setCellValue(2025);
            r.createCell(2).setCellFormula("C3*2");
            cells(r, 3, "USD million", "derived", "a survey");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        List<DataRow> rows = read("file: survey.xlsx\nsheet: Data\nheader-row: 2\n");
        assertEquals(586.66, rows.get(1).number("value"), 1e-9);
        Files.delete(file);
        workbook(2, wb -> {
            Row r = row(wb, 3);
            r.createCell(0).setCellValue("Market size");
            r.createCell(1).setCellValue(2025);
            r.createCell(2).setCellFormula("C3*2");
            cells(r, 3, "USD million", "derived", "a survey");
        });
        String text = problems("file: survey.xlsx\nsheet: Data\nheader-row: 2\n");
        assertTrue(text.startsWith("survey.xlsx:Data!C4: column 'value': found a formula with no stored result"),
                text);
    }

    @Test
    void aDateIsReadAsAnIsoDateAndANumberStoredAsTextAsTheNumberItShows() throws Exception {
        workbook(1, wb -> {
            Row r = row(wb, 2);
            cells(r, 0, "Market size", "2,025", "1,234.5", "USD million", LocalDate.of(2024, 7, 28));
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            r.getCell(4).setCellStyle(date);
            r.createCell(5).setCellValue("a survey");
        });
        List<DataRow> rows = read("file: survey.xlsx\nsheet: Data\n");
        assertEquals("2024-07-28", rows.get(1).text("basis"), "a date cell, whatever its display");
        assertEquals(1234.5, rows.get(1).number("value"));
        assertEquals(2025, rows.get(1).integer("year"));
    }

    @Test
    void anErrorValueIsAProblemAtItsCell() throws Exception {
        workbook(1, wb -> {
            Row r = row(wb, 2);
            r.createCell(0).setCellValue("Market size");
            r.createCell(1).setCellValue(2025);
            r.createCell(2).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
            cells(r, 3, "USD million", "x", "a survey");
        });
        String text = problems("file: survey.xlsx\nsheet: Data\n");
        assertTrue(text.startsWith("survey.xlsx:Data!C3: column 'value': found the error value #N/A"), text);
    }

    @Test
    void aMissingSheetNamesTheSheetsThereAre() throws Exception {
        workbook(1, wb -> { });
        String text = problems("file: survey.xlsx\nsheet: Dta\n");
        assertTrue(text.contains("no sheet 'Dta' (did you mean 'Data'?)"), text);
        assertTrue(text.contains("[Notes, Data]"), text);
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedInOneSentence() throws Exception {
        Files.writeString(dir.resolve("survey.xlsx"), "indicator,year\nMarket size,2024\n");
        String text = problems("file: survey.xlsx\n");
        assertTrue(text.startsWith("survey.xlsx: found a file that is not an .xlsx workbook"), text);
    }

    @Test
    void aSheetSpreadOverManyRowsIsReadInOrderWithoutLosingOne() throws Exception {
        workbook(1, wb -> {
            for (int i = 0; i < 3000; i++) {
                Row r = row(wb, 2 + i);
                cells(r, 0, "Indicator " + i, 2000 + i % 30, i, "USD", "stated", "s");
            }
        });
        List<DataRow> rows = read("file: survey.xlsx\nsheet: Data\n");
        assertEquals(3001, rows.size());
        for (int i = 0; i < 3000; i++) {
            assertEquals(i, rows.get(i + 1).number("value"));
            assertEquals(i + 3, rows.get(i + 1).line());
        }
    }

    /** Writes {@code values} into {@code r} from column {@code first}: numbers and dates as such, else text. */
    private static void cells(Row r, int first, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                r.createCell(first + i).setCellValue(n.doubleValue());
            } else if (values[i] instanceof LocalDate d) {
                r.createCell(first + i).setCellValue(d);
            } else {
                r.createCell(first + i).setCellValue(String.valueOf(values[i]));
            }
        }
    }
}
