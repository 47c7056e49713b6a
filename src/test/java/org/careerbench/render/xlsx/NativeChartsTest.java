package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

/** Native charts: bound to their cells, blanks as gaps, axes that read as the tables and the PDF do. */
class NativeChartsTest {
    @TempDir
    Path dir;

    private XSSFChart chart(ChartType type, ValueType valueType, List<List<Object>> rows) throws Exception {
        TableBlock data = new TableBlock("Series", "", List.of(TableColumn.of("Year", ValueType.TEXT),
                valueType == ValueType.MONEY ? TableColumn.money("Value", "USD") : TableColumn.of("Value", valueType)),
                rows, List.of());
        Report r = Report.builder("T", OutputFormat.XLSX, "t.xlsx").field("f").period("2026-11")
                .theme(new org.careerbench.template.ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), "")))
                .sections(List.of(new Section("Chart", 1, List.of(new ChartBlock("Market", type, data, 0, List.of(1), "Year",
                        "USD million", "", "alt")))))
                .created(org.careerbench.Builds.CREATED).build();
        Path f = Files.createTempFile(dir, "c", ".xlsx");
        new XlsxReportRenderer().render(r, f);
        XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f));
        return wb.getSheet("Chart").getDrawingPatriarch().getCharts().get(0);
    }

    private static CTValAx valueAxis(XSSFChart chart) {
        return chart.getCTChart().getPlotArea().getValAxArray(0);
    }

    @Test
    void aLineOfNonNegativeValuesStartsAtZeroWithRoundTicks() throws Exception {
        XSSFChart c = chart(ChartType.LINE, ValueType.DECIMAL, List.of(List.of("2024", 293.33), List.of("2025", 318.26)));
        CTValAx axis = valueAxis(c);
        assertTrue(axis.getScaling().isSetMin(), "from zero, as the PDF draws it");
        assertEquals(0.0, axis.getScaling().getMin().getVal());
        assertEquals("#,##0", axis.getNumFmt().getFormatCode(), "ticks in round numbers, not 600.00");
        assertEquals(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP,
                c.getCTChart().getDispBlanksAs().getVal(), "an empty cell is a gap, not zero");
    }

    @Test
    void aLineWithANegativeValueAndBarsScaleAsTheyNeed() throws Exception {
        assertFalse(valueAxis(chart(ChartType.LINE, ValueType.DECIMAL, List.of(List.of("2024", -3.0),
                List.of("2025", 2.0)))).getScaling().isSetMin());
        CTValAx bars = valueAxis(chart(ChartType.BAR, ValueType.MONEY, List.of(List.of("Entry", 100.0))));
        assertFalse(bars.getScaling().isSetMin(), "bars start at zero by themselves");
        assertEquals("\"$\"#,##0", bars.getNumFmt().getFormatCode(), "money reads as the table's money");
    }

    @Test
    void aWithheldValueIsNoNumberInTheChartsData() throws Exception {
        XSSFChart c = chart(ChartType.BAR, ValueType.MONEY, List.of(List.of("Entry", 100.0),
                Arrays.asList("Mid", Suppressed.VALUE), List.of("Senior", 300.0)));
        String xml = c.getCTChart().toString();
        assertTrue(xml.contains("<c:v>100.0</c:v>") || xml.contains("<c:v>100</c:v>"), xml);
        assertFalse(xml.contains("<c:v>0.0</c:v>"), "the withheld value is not cached as zero");
        assertTrue(xml.contains("Chart!$B$"), "bound to the sheet's cells");
    }
}
