package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.chart.ChartFonts;
import org.careerbench.chart.ThemedCharts;
import org.careerbench.render.xlsx.XlsxReportRenderer;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.template.ThemeLoader;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the chart "Median base salary by region, all levels" showed Asia-Pacific and Latin
 * America as empty slots with nothing saying they were withheld. A withheld category keeps its
 * place on the axis, marked "—", and the chart's note says why — in the PDF chart's dataset and
 * text, and in the workbook chart's category labels.
 */
class WithheldCategoriesLeftBlankOnChartsTest {
    private static final TableBlock REGIONS = new TableBlock("Regions", "", List.of(TableColumn.of("Region",
            ValueType.TEXT), TableColumn.money("P50", "USD")), List.of(List.of("Europe", 120_000.0),
            Arrays.asList("Asia-Pacific", Suppressed.VALUE)), List.of());
    private static final ChartBlock CHART = new ChartBlock("Median by region", ChartType.HBAR, REGIONS, 0, List.of(1),
            "Region", "USD", "note", "alt");

    @Test
    void theShippedRegionChartMarksItsWithheldRegionsAndSaysWhy() throws Exception {
        Map<Path, List<String>> texts = ShippedDeliverables.texts();
        List<String> pages = texts.entrySet().stream().filter(e -> e.getKey().endsWith("career-report.pdf"))
                .findFirst().orElseThrow().getValue();
        String page = pages.stream().filter(p -> p.contains("Median base salary by region")).findFirst().orElseThrow();
        // Senior engineers only (issue 28: regions compared at one level): Latin America has none.
        assertTrue(page.contains("Asia-Pacific (n = 1) —") && !page.contains("Latin America (n ="), page);
        assertTrue(page.contains("— not published: too few observations"), page);
    }

    @Test
    void thePdfChartKeepsTheCategoryWithTheMark(@TempDir Path dir) throws Exception {
        Theme theme = new ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), ""));
        CategoryPlot plot;
        try (ChartFonts fonts = ChartFonts.of(theme)) {
            plot = new ThemedCharts(theme, fonts, Words.english()).create(CHART).getCategoryPlot();
        }
        assertEquals(List.of("Europe", "Asia-Pacific —"), plot.getDataset().getColumnKeys());
        assertNull(plot.getDataset().getValue("P50", "Asia-Pacific —"), "withheld: nothing drawn, never zero");
    }

    @Test
    void theWorkbookChartLabelsTheCategoryWithTheMark(@TempDir Path dir) throws Exception {
        Theme theme = new ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), ""));
        Report r = Report.builder("T", OutputFormat.XLSX, "t.xlsx").field("f").period("2026-11")
                .theme(theme)
                .sections(List.of(new Section("Regions", 1, List.of(REGIONS, CHART))))
                .created(org.careerbench.Builds.CREATED).build();
        Path file = dir.resolve("t.xlsx");
        new XlsxReportRenderer().render(r, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFChart chart = wb.getSheet("Regions").getDrawingPatriarch().getCharts().get(0);
            List<String> labels = new ArrayList<>();
            var cat = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getCat();
            var points = cat.isSetStrLit() ? cat.getStrLit().getPtList() : cat.getStrRef().getStrCache().getPtList();
            points.forEach(p -> labels.add(p.getV()));
            assertEquals(List.of("Europe", "Asia-Pacific —"), labels);
            // The table's own cell keeps the region's name.
            assertEquals("Asia-Pacific", wb.getSheet("Regions").getTables().get(0).getXSSFSheet()
                    .getRow(wb.getSheet("Regions").getTables().get(0).getStartRowIndex() + 2).getCell(0)
                    .getStringCellValue());
        }
    }
}
