package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.report.Report;
import org.careerbench.report.ReportBuilder;
import org.careerbench.report.ReportContext;
import org.careerbench.report.Section;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.template.OutputFormat;
import org.careerbench.template.TemplateLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReportRendererTest {
    static XSSFWorkbook workbook;
    static InputData data;

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        data = new InputLoader().load(Path.of("input"));
        Report report = new ReportBuilder().build(new TemplateLoader().load(Path.of("templates/salary-benchmark.md")),
                data, new ReportContext(YearMonth.of(2026, 11)));
        Path file = dir.resolve("b.xlsx");
        new XlsxReportRenderer().render(report, file);
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void oneSheetPerSectionSummaryFirst() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Summary", "Benchmark", "Observations", "Ranges", "Geography", "Positioning",
                "Survey", "Market", "Skills", "Checks", "Data quality", "Methodology"), names);
        assertEquals("SRE for ML Systems — Salary Benchmark", workbook.getProperties().getCoreProperties().getTitle());
    }

    @Test
    void benchmarkIsAnExcelTableWithNumericMoneyAndBlankSuppressedCells() {
        XSSFSheet sheet = workbook.getSheet("Benchmark");
        XSSFTable table = sheet.getTables().get(0);
        assertEquals("Benchmark", table.getName());
        assertEquals(List.of("Level", "Region", "n", "P10", "P25", "P50", "P75", "P90", "Mean"),
                table.getColumns().stream().map(c -> c.getName()).toList());
        assertNotNull(table.getCTTable().getAutoFilter());
        int header = table.getStartRowIndex();
        assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
        boolean sawBlank = false;
        boolean sawMoney = false;
        for (int r = header + 1; r <= table.getEndRowIndex(); r++) {
            Row row = sheet.getRow(r);
            Cell n = row.getCell(2);
            assertEquals(CellType.NUMERIC, n.getCellType());
            Cell p50 = row.getCell(5);
            if (n.getNumericCellValue() < 5) {
                assertEquals(CellType.BLANK, p50.getCellType(), "suppressed, never 0");
                sawBlank = true;
            } else {
                assertEquals(CellType.NUMERIC, p50.getCellType());
                assertEquals("\"$\"#,##0", p50.getCellStyle().getDataFormatString());
                sawMoney = true;
            }
        }
        assertTrue(sawBlank && sawMoney);
    }

    @Test
    void observationsTableHoldsEveryRowOfThePopulation() {
        XSSFTable t = workbook.getSheet("Observations").getTables().get(0);
        long population = data.salaries().stream().filter(o -> o.roleFamily().equals("SRE & ML Infrastructure")).count();
        assertEquals(population, t.getEndRowIndex() - t.getStartRowIndex());
        assertEquals("Observations", t.getName());
    }

    @Test
    void marketLineChartIsBoundToItsDataTable() {
        XSSFSheet sheet = workbook.getSheet("Market");
        XSSFTable table = sheet.getTables().stream().filter(t -> t.getName().equals("MarketData")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Year", "Series (derived years included)", "Stated by source"),
                table.getColumns().stream().map(c -> c.getName()).toList());
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        XDDFChartData chartData = charts.get(0).getChartSeries().get(0);
        assertTrue(chartData instanceof XDDFLineChartData);
        assertEquals(2, chartData.getSeriesCount(), "derived series (dashed) and stated points (markers)");
        int first = table.getStartRowIndex() + 2;
        int last = table.getEndRowIndex() + 1;
        String col = new org.apache.poi.ss.util.CellReference(0, table.getStartColIndex() + 1).formatAsString()
                .replaceAll("\\d", "");
        XDDFChartData.Series series = chartData.getSeries(0);
        assertEquals("Market!$" + col + "$" + first + ":$" + col + "$" + last,
                series.getValuesData().getDataRangeReference());
        assertEquals(8, series.getValuesData().getPointCount());
    }

    @Test
    void skillsBarChartIsHorizontalAndBoundToTheIndexColumn() {
        XSSFSheet sheet = workbook.getSheet("Skills");
        XDDFChartData chartData = sheet.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
        assertTrue(chartData instanceof XDDFBarChartData);
        assertEquals(BarDirection.BAR, ((XDDFBarChartData) chartData).getBarDirection());
        String ref = chartData.getSeries(0).getValuesData().getDataRangeReference();
        assertTrue(ref.startsWith("Skills!$D$"), ref);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText(@TempDir Path dir) throws Exception {
        TableBlock t = new TableBlock("Injected", "", List.of(TableColumn.of("Title", ValueType.TEXT),
                TableColumn.money("Pay", "USD")), List.of(List.of("=HYPERLINK(\"http://x\",\"y\")", 1.0),
                List.of("+1+1", Suppressed.VALUE), List.of("@SUM(A1)", 2.0)), List.of());
        Report r = new Report("T", "", "f", "2026-11", OutputFormat.XLSX, "t.xlsx",
                new org.careerbench.template.ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), "")),
                List.of(new Section("Data", 1, List.of(t))), List.of());
        Path file = dir.resolve("t.xlsx");
        new XlsxReportRenderer().render(r, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFTable table = wb.getSheet("Data").getTables().get(0);
            int first = table.getStartRowIndex() + 1;
            for (int i = 0; i < 3; i++) {
                assertEquals(CellType.STRING, wb.getSheet("Data").getRow(first + i).getCell(0).getCellType());
            }
            assertEquals("+1+1", wb.getSheet("Data").getRow(first + 1).getCell(0).getStringCellValue());
            assertEquals(CellType.BLANK, wb.getSheet("Data").getRow(first + 1).getCell(1).getCellType());
        }
    }

    @Test
    void benchmarkCellsEqualAnIndependentComputationOverTheSampleCsv() throws Exception {
        org.careerbench.SampleSalaries sample = org.careerbench.SampleSalaries.load();
        XSSFSheet sheet = workbook.getSheet("Benchmark");
        XSSFTable table = sheet.getTables().get(0);
        int checked = 0;
        for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
            Row row = sheet.getRow(r);
            double[] values = sample.agedBaseSalaries(java.time.LocalDate.of(2026, 11, 1), 0.03,
                    "role_family", "SRE & ML Infrastructure", "level", row.getCell(0).getStringCellValue(),
                    "region", row.getCell(1).getStringCellValue());
            assertEquals(values.length, (int) row.getCell(2).getNumericCellValue());
            if (values.length >= 5) {
                assertEquals(org.careerbench.SampleSalaries.percentile(values, 0.25), row.getCell(4).getNumericCellValue(),
                        1e-6);
                assertEquals(org.careerbench.SampleSalaries.percentile(values, 0.5), row.getCell(5).getNumericCellValue(),
                        1e-6);
                checked++;
            }
            if (values.length >= 10) {
                assertEquals(org.careerbench.SampleSalaries.percentile(values, 0.9), row.getCell(7).getNumericCellValue(),
                        1e-6);
            }
        }
        assertTrue(checked >= 3, "published cells compared: " + checked);
    }

    @Test
    void checksSheetFormulasEvaluateToThePublishedFigures() {
        workbook.addToolPack(ExcelFunctions.TOOL_PACK);
        org.apache.poi.ss.usermodel.FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        XSSFSheet sheet = workbook.getSheet("Checks");
        XSSFTable table = sheet.getTables().get(0);
        int formulas = 0;
        for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
            Row row = sheet.getRow(r);
            for (int c = 1; c < table.getColumns().size(); c += 2) {
                Cell published = row.getCell(c);
                Cell recomputed = row.getCell(c + 1);
                assertEquals(CellType.FORMULA, recomputed.getCellType());
                assertTrue(recomputed.getCellFormula().matches(".*(COUNTIF|AVERAGEIF|PERCENTILE\\.INC)\\(Observations\\[.*"),
                        recomputed.getCellFormula());
                double cached = recomputed.getNumericCellValue();
                double evaluated = evaluator.evaluate(recomputed).getNumberValue();
                assertEquals(published.getNumericCellValue(), evaluated, 1e-6, recomputed.getCellFormula());
                assertEquals(evaluated, cached, 1e-9, "cached value stored in the file");
                formulas++;
            }
        }
        assertTrue(formulas >= 10, "formulas checked: " + formulas);
    }
}
