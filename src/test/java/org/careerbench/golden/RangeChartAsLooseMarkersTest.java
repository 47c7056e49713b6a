package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: in ml-engineering.xlsx the range chart showed only loose markers, with no box or
 * whisker, in LibreOffice. Every range chart of a shipped workbook is now a stock chart whose
 * four series are P25, P90, P10 and P75 (open, high, low, close) with high-low lines (the
 * whiskers) and up-down bars (the box) — what Excel and LibreOffice both draw — and a second
 * group marking P50 and the published range's ends.
 */
class RangeChartAsLooseMarkersTest {

    @Test
    void everyRangeChartDrawsABoxAndWhiskers() throws Exception {
        List<String> ranges = new ArrayList<>();
        for (Path file : ChartsLieOverTablesTest.workbooks()) {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                    XSSFDrawing drawing = ((XSSFSheet) s).getDrawingPatriarch();
                    if (drawing == null) {
                        continue;
                    }
                    for (XSSFChart chart : drawing.getCharts()) {
                        String xml = chart.getCTChart().xmlText();
                        if (!chart.getTitleText().toString().toLowerCase().contains("range")) {
                            continue;
                        }
                        ranges.add(file.getFileName() + " / " + chart.getTitleText());
                        assertTrue(xml.contains("stockChart"), "a stock chart: " + chart.getTitleText());
                        assertTrue(xml.contains("hiLowLines"), "whiskers");
                        assertTrue(xml.contains("upDownBars"), "box");
                        String stock = xml.substring(xml.indexOf("stockChart"), xml.lastIndexOf("stockChart"));
                        assertEquals(4, stock.split("<c:ser>|<c:ser ").length - 1, "open, high, low, close");
                        for (String p : List.of("P25", "P90", "P10", "P75")) {
                            assertTrue(stock.indexOf(">" + p + "<") >= 0, p + " among the stock series");
                        }
                        assertTrue(stock.indexOf(">P25<") < stock.indexOf(">P90<")
                                && stock.indexOf(">P90<") < stock.indexOf(">P10<")
                                && stock.indexOf(">P10<") < stock.indexOf(">P75<"), "in open, high, low, close order");
                    }
                }
            }
        }
        assertTrue(!ranges.isEmpty(), "the shipped workbooks have a range chart");
    }
}
