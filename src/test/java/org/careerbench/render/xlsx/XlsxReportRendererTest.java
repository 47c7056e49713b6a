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
import org.careerbench.Builds;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.template.TemplateLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReportRendererTest {
    static XSSFWorkbook workbook;
    static InputData data;
    static Path file;

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        data = new InputLoader().load(Path.of("input"));
        Report report = Builds.one(new TemplateLoader().load(Path.of("templates/salary-benchmark.md")),
                data, YearMonth.of(2026, 11));
        file = dir.resolve("b.xlsx");
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
        assertEquals(List.of("Summary", "Assumptions", "Benchmark", "Lookup", "Observations", "Ranges", "Geography",
                "Positioning", "Survey", "Market", "Skills", "History", "Checks", "Data quality", "Methodology"), names);
        assertEquals("SRE for ML Systems — Salary Benchmark", workbook.getProperties().getCoreProperties().getTitle());
    }

    @Test
    void benchmarkIsAnExcelTableWithNumericMoneyAndBlankSuppressedCells() {
        XSSFSheet sheet = workbook.getSheet("Benchmark");
        XSSFTable table = sheet.getTables().get(0);
        assertEquals("Benchmark", table.getName());
        assertEquals(List.of("Level", "Region", "n", "P10", "P25", "P50", "P75", "P90", "Mean",
                "P50 vs previous period", "P50 vs previous period, %"),
                table.getColumns().stream().map(c -> c.getName()).toList());
        assertNotNull(table.getCTTable().getAutoFilter());
        int header = table.getStartRowIndex();
        assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
        boolean sawBlank = false;
        boolean sawMoney = false;
        for (int r = header + 1; r <= table.getEndRowIndex(); r++) {
            Row row = sheet.getRow(r);
            Cell n = row.getCell(2);
            Cell p50 = row.getCell(5);
            if (n.getNumericCellValue() < 5) {
                assertEquals(CellType.BLANK, p50.getCellType(), "suppressed, never 0");
                // Its observations are left out of the Observations table (issue 25): n is a value.
                assertEquals(CellType.NUMERIC, n.getCellType(), "n of a withheld cell is a value");
                sawBlank = true;
            } else {
                assertEquals(CellType.FORMULA, n.getCellType(), "COUNTIF over the Observations table");
                assertEquals(CellType.NUMERIC, n.getCachedFormulaResultType());
                assertEquals(CellType.FORMULA, p50.getCellType(), "a live formula over the Observations table");
                assertEquals(CellType.NUMERIC, p50.getCachedFormulaResultType());
                assertTrue(p50.getCellFormula().contains("Observations[Aged base salary]"), p50.getCellFormula());
                assertEquals("\"$\"#,##0", p50.getCellStyle().getDataFormatString());
                sawMoney = true;
            }
        }
        assertTrue(sawBlank && sawMoney);
    }

    @Test
    void observationsTableHoldsEveryRowOfThePopulationButThoseOfWithheldCells() {
        XSSFTable t = workbook.getSheet("Observations").getTables().get(0);
        // Counted here from the input: the table's cells are level × region; a cell of fewer than 5
        // observations has its median withheld, so its salaries are left out (issue 25).
        var cells = data.salaries().stream().filter(o -> o.roleFamily().equals("SRE & ML Infrastructure"))
                .collect(java.util.stream.Collectors.groupingBy(o -> o.level() + "|" + o.region(),
                        java.util.stream.Collectors.counting()));
        long kept = cells.values().stream().filter(n -> n >= 5).mapToLong(Long::longValue).sum();
        long left = cells.values().stream().filter(n -> n < 5).mapToLong(Long::longValue).sum();
        assertTrue(left > 0, "the sample has thin cells: " + cells);
        assertEquals(kept, t.getEndRowIndex() - t.getStartRowIndex());
        assertEquals("Observations", t.getName());
        boolean said = false;
        for (int r = t.getEndRowIndex() + 1; r <= workbook.getSheet("Observations").getLastRowNum(); r++) {
            var row = workbook.getSheet("Observations").getRow(r);
            said |= row != null && row.getCell(0) != null && row.getCell(0).toString().startsWith(left + " salaries of ");
        }
        assertTrue(said, "a note says how many salaries are left out and why");
    }

    @Test
    void marketLineChartIsBoundToItsDataTable() {
        XSSFSheet sheet = workbook.getSheet("Market");
        // The chart is drawn from the market table itself, not from a second copy of the series.
        assertEquals(1, sheet.getTables().size());
        XSSFTable table = sheet.getTables().get(0);
        assertEquals(List.of("Year", "Value (USD million)", "Stated by source", "Basis", "At constant CAGR"),
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
        Report r = Report.builder("T", OutputFormat.XLSX, "t.xlsx").field("f").period("2026-11")
                .theme(new org.careerbench.template.ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), "")))
                .sections(List.of(new Section("Data", 1, List.of(t))))
                .created(org.careerbench.Builds.CREATED).build();
        Path file = dir.resolve("t.xlsx");
        new XlsxReportRenderer().render(r, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFTable table = wb.getSheet("Data").getTables().get(0);
            int first = table.getStartRowIndex() + 1;
            for (int i = 0; i < 3; i++) {
                assertEquals(CellType.STRING, wb.getSheet("Data").getRow(first + i).getCell(0).getCellType());
            }
            assertEquals("+1+1", wb.getSheet("Data").getRow(first + 1).getCell(0).getStringCellValue());
            assertTrue(wb.getSheet("Data").getRow(first).getCell(0).getCellStyle().getQuotePrefixed(),
                    "quote-prefixed, so retyping it in a spreadsheet keeps it text");
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

    @Test
    void everyCachedFormulaValueEqualsPoisEvaluation() {
        workbook.addToolPack(ExcelFunctions.TOOL_PACK);
        org.apache.poi.ss.usermodel.FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
                    if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertEquals(v.getNumberValue(), cell.getNumericCellValue(),
                                Math.abs(v.getNumberValue()) * 1e-12 + 1e-9, sheet.getSheetName() + "!"
                                        + cell.getAddress() + " " + cell.getCellFormula());
                    } else {
                        assertEquals(v.getStringValue(), cell.getStringCellValue());
                    }
                    formulas++;
                }
            }
        }
        assertTrue(formulas > 300, "formulas checked: " + formulas);
    }

    @Test
    void changingTheAgingRateMovesTheAgedFiguresByTheExpectedFactor() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.addToolPack(ExcelFunctions.TOOL_PACK);
            org.apache.poi.ss.usermodel.Name rate = wb.getName("AgingRate");
            org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(rate.getRefersToFormula());
            Cell rateCell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
            assertEquals(0.03, rateCell.getNumericCellValue());
            rateCell.setCellValue(0.05);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            XSSFSheet obs = wb.getSheet("Observations");
            XSSFTable table = obs.getTables().get(0);
            int year = 6;
            int base = 7;
            int aged = 9;
            java.util.List<Double> seniorNa = new java.util.ArrayList<>();
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                Row row = obs.getRow(r);
                long months = (2026 - (long) row.getCell(year).getNumericCellValue()) * 12 + 11 - 7;
                double expected = row.getCell(base).getNumericCellValue() * Math.pow(1.05, months / 12.0);
                assertEquals(expected, row.getCell(aged).getNumericCellValue(), 1e-6);
                if (row.getCell(2).getStringCellValue().equals("Senior")
                        && row.getCell(4).getStringCellValue().equals("North America")) {
                    seniorNa.add(expected);
                }
            }
            double p50 = org.careerbench.SampleSalaries.percentile(seniorNa.stream().mapToDouble(Double::doubleValue)
                    .toArray(), 0.5);
            Row benchmark = findRow(wb.getSheet("Benchmark"), "Senior", "North America");
            assertEquals(p50, benchmark.getCell(5).getNumericCellValue(), 1e-6, "the benchmark cell followed");
        }
    }

    @Test
    void assumptionsAreNamedInputCellsWithDataValidation() {
        XSSFSheet sheet = workbook.getSheet("Assumptions");
        // Positioning against the US market reads the target percentile live (over the Observations sheet's
        // column of US salaries), so the workbook offers it.
        for (String name : List.of("EffectiveDate", "AgingMethod", "AgingRate", "TargetPercentile",
                "GeoIndex_West_Coast")) {
            assertTrue(workbook.getName(name).getRefersToFormula().startsWith("Assumptions!$B$"), name);
        }
        java.util.List<org.apache.poi.xssf.usermodel.XSSFDataValidation> validations = sheet.getDataValidations();
        assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint().getExplicitListValues() != null
                && List.of(v.getValidationConstraint().getExplicitListValues()).equals(List.of("compound", "simple",
                        "none"))), "aging method is a list");
        assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint().getValidationType()
                == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL
                && "-0.2".equals(v.getValidationConstraint().getFormula1())), "aging rate is a bounded decimal");
        assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint().getValidationType()
                == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DATE), "effective date");
        assertTrue(workbook.getName("Figure_senior_us_p50").getRefersToFormula().startsWith("Summary!"));
    }

    @Test
    void conditionalFormatsCueTheEye() {
        assertTrue(hasRule(workbook.getSheet("Positioning"),
                org.apache.poi.ss.usermodel.ConditionalFormattingRule::getColorScaleFormatting), "compa-ratio scale");
        assertTrue(hasRule(workbook.getSheet("Skills"),
                org.apache.poi.ss.usermodel.ConditionalFormattingRule::getDataBarFormatting), "demand data bars");
        org.apache.poi.ss.usermodel.SheetConditionalFormatting cf = workbook.getSheet("Benchmark")
                .getSheetConditionalFormatting();
        boolean greyBlanks = false;
        for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
            var f = cf.getConditionalFormattingAt(i);
            for (int k = 0; k < f.getNumberOfRules(); k++) {
                greyBlanks |= String.valueOf(f.getRule(k).getFormula1()).startsWith("LEN(");
            }
        }
        assertTrue(greyBlanks, "withheld cells greyed");
    }

    @Test
    void printSetupAndProperties() {
        XSSFSheet sheet = workbook.getSheet("Observations");
        assertTrue(sheet.getPrintSetup().getLandscape());
        // Thirteen columns print two pages wide, readable; a sheet of a few columns one.
        assertEquals(2, sheet.getPrintSetup().getFitWidth());
        assertEquals(1, workbook.getSheet("Benchmark").getPrintSetup().getFitWidth());
        assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(),
                "the theme's A4, not POI's Letter");
        assertTrue(sheet.getFitToPage());
        assertNotNull(sheet.getRepeatingRows(), "a table over many pages repeats its header");
        assertEquals(null, workbook.getSheet("Ranges").getRepeatingRows(), "a table of one page does not");
        assertEquals("CareerBench", workbook.getProperties().getExtendedProperties().getCompany());
        assertTrue(workbook.getProperties().getCoreProperties().getSubject().contains("SRE for ML systems"));
    }

    @Test
    void rowsBeyondASheetContinueOnTheNextSheetWithANote(@TempDir Path dir) throws Exception {
        List<Integer> source = java.util.stream.IntStream.range(0, 250).boxed().toList();
        TableBlock big = new TableBlock("Big", "", List.of(TableColumn.of("Row", ValueType.INTEGER)),
                new TableBlock.RowView<>(source, i -> List.of(i)), List.of());
        Report r = Report.builder("T", OutputFormat.XLSX, "t.xlsx").field("f").period("2026-11")
                .theme(new org.careerbench.template.ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), "")))
                .sections(List.of(new Section("Data", 1, List.of(big))))
                .created(org.careerbench.Builds.CREATED).build();
        Path f = dir.resolve("big.xlsx");
        new XlsxReportRenderer(99).render(r, f);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(f))) {
            long rows = 0;
            List<String> names = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                names.add(s.getSheetName());
                for (XSSFTable t : ((XSSFSheet) s).getTables()) {
                    rows += t.getEndRowIndex() - t.getStartRowIndex();
                }
            }
            assertEquals(250, rows, "every row written once, none lost");
            assertEquals(List.of("Data", "Data (cont.)", "Data (cont.) 2"), names);
            assertTrue(findText(wb.getSheet("Data"), "continue on the next sheet"));
            assertTrue(findText(wb.getSheet("Data (cont.)"), "Continued from the previous sheet"));
        }
    }

    private static boolean hasRule(XSSFSheet sheet,
            java.util.function.Function<org.apache.poi.ss.usermodel.ConditionalFormattingRule, Object> part) {
        var cf = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
            var f = cf.getConditionalFormattingAt(i);
            for (int k = 0; k < f.getNumberOfRules(); k++) {
                if (part.apply(f.getRule(k)) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean findText(org.apache.poi.ss.usermodel.Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Row findRow(XSSFSheet sheet, String first, String second) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(1) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(first)
                    && row.getCell(1).getStringCellValue().equals(second)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + ", " + second);
    }
}
