package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lean rows go into their sheet's XML between the streamed rows above and below them, in order. */
class LeanWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void aRowLineIsRecognisedByItsReference() {
        assertEquals(6, LeanWorkbook.rowIndex("<row r=\"7\" spans=\"1:3\"><c r=\"A7\"/></row>"));
        assertEquals(0, LeanWorkbook.rowIndex("<row r=\"1\">"));
        assertEquals(-1, LeanWorkbook.rowIndex("<sheetData>"));
        assertEquals(-1, LeanWorkbook.rowIndex("  <row r=\"2\">"), "only a line that opens a row");
    }

    @Test
    void twoLeanBlocksLandBetweenTheStreamedRowsInOrder() throws Exception {
        var theme = new org.careerbench.template.ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), ""));
        LeanWorkbook wb = new LeanWorkbook(new XSSFWorkbook(NormalStyle.FACTORY), 100, true);
        var styles = new CellStyles(wb.getXSSFWorkbook(), theme, org.careerbench.report.Words.english().format());
        var sheet = wb.createSheet("S");
        Formulas formulas = new Formulas();
        TableBlock second = block("B", 3);
        TableBlock first = block("A", 2);
        // Streamed: a caption above each block and a note below the last; the blocks are added out of order.
        sheet.createRow(0).createCell(0).setCellValue("caption A");
        sheet.createRow(3).createCell(0).setCellValue("caption B");
        sheet.createRow(7).createCell(0).setCellValue("note");
        wb.add(sheet, new LeanRows(second, 4, 0, 0, 3, styles, formulas, place(second, 4)));
        wb.add(sheet, new LeanRows(first, 1, 0, 0, 2, styles, formulas, place(first, 1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        List<String> read = new ArrayList<>();
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = back.getSheet("S");
            for (Row row : s) {
                read.add(row.getRowNum() + ":" + row.getCell(0).getStringCellValue());
            }
        }
        assertEquals(List.of("0:caption A", "1:A0", "2:A1", "3:caption B", "4:B0", "5:B1", "6:B2", "7:note"), read);
    }

    private static TableBlock block(String name, int rows) {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(List.of(name + i));
        }
        return new TableBlock(name, "", List.of(TableColumn.of("Name", ValueType.TEXT)), data, List.of());
    }

    private static Formulas.Place place(TableBlock t, int firstRow) {
        return new Formulas.Place(t.name(), List.of("Name"), firstRow, 0);
    }
}
