package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * Issue 15: in ml-engineering.xlsx, sheet "Pay by level", the career-path chart lay over the
 * company-size table and the range chart over the career-path chart; and the market chart drew
 * its unstated years as "stated" markers on zero, the file format's default for an empty cell.
 * Every shipped workbook's drawing anchors are read back against its tables' ranges, and every
 * chart part's setting for empty cells.
 */
class ChartsLieOverTablesTest {

    record Box(String what, int firstRow, int lastRow, int firstCol, int lastCol) {
        boolean overlaps(Box o) {
            return firstRow <= o.lastRow && o.firstRow <= lastRow && firstCol <= o.lastCol && o.firstCol <= lastCol;
        }
    }

    @Test
    void noChartCoversATableOrAnotherChart() throws Exception {
        List<String> overlaps = new ArrayList<>();
        int charts = 0;
        for (Path file : workbooks()) {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                    XSSFSheet sheet = (XSSFSheet) s;
                    List<Box> tables = new ArrayList<>();
                    for (XSSFTable t : sheet.getTables()) {
                        AreaReference a = t.getArea();
                        tables.add(new Box("table " + t.getName(), a.getFirstCell().getRow(), a.getLastCell().getRow(),
                                a.getFirstCell().getCol(), a.getLastCell().getCol()));
                    }
                    List<Box> boxes = chartBoxes(sheet);
                    charts += boxes.size();
                    for (int i = 0; i < boxes.size(); i++) {
                        Box chart = boxes.get(i);
                        for (Box t : tables) {
                            if (chart.overlaps(t)) {
                                overlaps.add(file.getFileName() + " / " + sheet.getSheetName() + ": " + chart + " over " + t);
                            }
                        }
                        for (Box other : boxes.subList(i + 1, boxes.size())) {
                            if (chart.overlaps(other)) {
                                overlaps.add(file.getFileName() + " / " + sheet.getSheetName() + ": " + chart + " over "
                                        + other);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(charts >= 4, "the shipped workbooks have charts to check: " + charts);
        assertEquals(List.of(), overlaps);
    }

    @Test
    void everyChartShowsEmptyCellsAsGaps() throws Exception {
        List<String> notGaps = new ArrayList<>();
        int charts = 0;
        for (Path file : workbooks()) {
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                    XSSFDrawing drawing = ((XSSFSheet) s).getDrawingPatriarch();
                    if (drawing == null) {
                        continue;
                    }
                    for (XSSFChart chart : drawing.getCharts()) {
                        charts++;
                        var ct = chart.getCTChart();
                        if (!ct.isSetDispBlanksAs() || ct.getDispBlanksAs().getVal() != STDispBlanksAs.GAP) {
                            notGaps.add(file.getFileName() + " / " + s.getSheetName() + ": " + chart.getTitleText());
                        }
                    }
                }
            }
        }
        assertTrue(charts >= 4);
        assertEquals(List.of(), notGaps);
    }

    @Test
    void theMarketChartHasOneStatedPoint() throws Exception {
        Path benchmark = workbooks().stream().filter(p -> p.getFileName().toString().equals("salary-benchmark.xlsx"))
                .findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(benchmark); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFChart market = wb.getSheet("Market").getDrawingPatriarch().getCharts().get(0);
            int stated = -1;
            for (var group : market.getCTChart().getPlotArea().getLineChartList()) {
                for (var ser : group.getSerList()) {
                    if (ser.getTx().getStrRef().getStrCache().getPtArray(0).getV().equals("Stated by source")) {
                        // The chart's own copy of the cells: a point only where the source states a value.
                        stated = ser.getVal().getNumRef().getNumCache().sizeOfPtArray();
                    }
                }
            }
            assertEquals(1, stated, "one year stated by the source; the others are gaps, not zeros");
        }
    }

    static List<Box> chartBoxes(XSSFSheet sheet) {
        List<Box> boxes = new ArrayList<>();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return boxes;
        }
        for (XSSFShape shape : drawing.getShapes()) {
            if (shape instanceof XSSFGraphicFrame frame) {
                XSSFClientAnchor a = frame.getAnchor();
                // The anchor's end cell is where the chart stops; a zero offset there means it ends at the cell's edge.
                int lastRow = a.getDy2() == 0 ? a.getRow2() - 1 : a.getRow2();
                int lastCol = a.getDx2() == 0 ? a.getCol2() - 1 : a.getCol2();
                boxes.add(new Box("chart " + frame.getName(), a.getRow1(), lastRow, a.getCol1(), lastCol));
            }
        }
        return boxes;
    }

    static List<Path> workbooks() throws Exception {
        return ShippedDeliverables.texts().keySet().stream().filter(p -> p.toString().endsWith(".xlsx")).toList();
    }
}
