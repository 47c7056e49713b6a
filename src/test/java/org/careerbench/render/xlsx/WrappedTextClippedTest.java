package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.RunResult;
import org.careerbench.batch.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defect seen in LibreOffice: a bullet of the ML workbook's "The role" sheet wrapped to a
 * second line its row had no room for, so the line was cut off. Every wrapped text row of every
 * shipped workbook is now as tall as its text, measured with the font's own metrics at the merged
 * cells' width.
 */
class WrappedTextClippedTest {
    @TempDir
    Path dir;

    @Test
    void everyWrappedTextRowIsTallEnoughForItsLines() throws Exception {
        RunResult run = new RunJob(line -> { }).run(new RunOptions(Path.of("input"), Path.of("templates"), dir,
                YearMonth.of(2026, 11), "test", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"),
                Shard.ALL, 2));
        Font font;
        try (InputStream in = getClass().getResourceAsStream("/org/careerbench/fonts/DejaVuSans.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(10f);
        }
        FontRenderContext frc = new FontRenderContext(null, true, true);
        List<String> clipped = new ArrayList<>();
        int checked = 0;
        for (String name : List.of("ml-engineering.xlsx", "salary-benchmark.xlsx")) {
            try (InputStream in = Files.newInputStream(run.folder().resolve(name)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                    XSSFSheet sheet = wb.getSheetAt(s);
                    for (CellRangeAddress merged : sheet.getMergedRegions()) {
                        Cell cell = sheet.getRow(merged.getFirstRow()).getCell(merged.getFirstColumn());
                        if (merged.getFirstRow() != merged.getLastRow() || cell == null
                                || cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()
                                || wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints() != 10) {
                            continue;
                        }
                        float width = 0;
                        for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                            width += sheet.getColumnWidthInPixels(c) * 0.75f; // points
                        }
                        int lines = lines(cell.getStringCellValue(), font, frc, width - 6);
                        float height = sheet.getRow(merged.getFirstRow()).getHeightInPoints();
                        checked++;
                        if (height < lines * 12f) {
                            clipped.add(name + " " + sheet.getSheetName() + "!" + (merged.getFirstRow() + 1) + ": "
                                    + lines + " lines in " + height + " pt: " + cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertTrue(checked > 10, checked + " wrapped rows");
        assertEquals(List.of(), clipped);
    }

    /** Lines of {@code text} wrapped at whole words within {@code width} points. */
    private static int lines(String text, Font font, FontRenderContext frc, float width) {
        int lines = 1;
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringBounds(candidate, frc).getWidth() > width && !line.isEmpty()) {
                lines++;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        return lines;
    }
}
