package org.careerbench.render.xlsx;

import java.awt.Color;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.SeriesStyle;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;

/**
 * Draws native Excel charts bound to the cells of a written table. Series get explicit fills
 * and lines, without which LibreOffice shows them invisible.
 */
final class NativeCharts {
    /** Columns a chart spans. */
    static final int WIDTH_COLUMNS = 9;
    private static final int MIN_HEIGHT_ROWS = 18;

    private final Theme theme;
    private final Words words;

    NativeCharts(Theme theme, Words words) {
        this.theme = theme;
        this.words = words;
    }

    /** Rows a chart of {@code data} spans: more for many categories, more still for horizontal bars. */
    static int heightRows(ChartBlock block, ExcelTables.Written data) {
        int perCategory = block.type() == ChartType.HBAR ? 2 : 1;
        return Math.max(MIN_HEIGHT_ROWS, perCategory * (data.lastRow() - data.headerRow()) + 6);
    }

    /**
     * Draws {@code block} on {@code sheet} (the XSSF part of a streamed sheet) over the cells of
     * {@code area}, bound to the cells of {@code data}. Empty cells are gaps, never zero.
     */
    void draw(XSSFSheet sheet, ChartBlock block, ExcelTables.Written data, SheetSpace.Area area) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        boolean horizontal = block.type() == ChartType.HBAR;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, area.firstCol(), area.firstRow(),
                area.lastCol() + 1, area.lastRow() + 1);
        XSSFChart chart = drawing.createChart(anchor);
        // The file format's default shows an empty cell as zero: a withheld or unstated value would lie on the axis.
        var ct = chart.getCTChart();
        (ct.isSetDispBlanksAs() ? ct.getDispBlanksAs() : ct.addNewDispBlanksAs())
                .setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
        chart.setTitleText(block.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        categories.setTitle(block.categoryAxis());
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setTitle(block.valueAxis());
        // The value axis reads as the table does: "$200,000", not "200000".
        org.careerbench.report.TableColumn first = block.data().columns().get(block.seriesColumns().get(0));
        if (first.type().numeric() && first.type() != ValueType.YEAR) {
            // Axis ticks are round numbers: "600", not "600.00".
            values.setNumberFormat(words.format().excelFormat(first.type() == ValueType.DECIMAL ? ValueType.INTEGER
                    : first.type(), first.currency()));
        }
        if (block.type() == ChartType.LINE && nonNegative(block)) {
            // From zero, as the PDF draws it: an axis from $175k to $200k makes a 1% move look steep.
            values.setMinimum(0);
        }

        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (horizontal) {
            // Rank 1 on top; with the categories reversed, the value axis must cross at their maximum
            // to stay at the bottom.
            categories.setOrientation(AxisOrientation.MAX_MIN);
            values.setCrosses(AxisCrosses.MAX);
        }
        if (block.type() == ChartType.BOX) {
            range(sheet, chart, block, data, categories, values);
            return;
        }
        boolean lines = block.type() == ChartType.LINE;
        XDDFChartData chartData = chart.createData(lines ? ChartTypes.LINE : ChartTypes.BAR, categories, values);
        if (chartData instanceof XDDFBarChartData bars) {
            bars.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
            if (block.type() == ChartType.STACKED) {
                bars.setBarGrouping(org.apache.poi.xddf.usermodel.chart.BarGrouping.STACKED);
                bars.setOverlap((byte) 100);
            }
        }
        XDDFDataSource<?> cats = categorySource(sheet, block, data);
        List<Integer> series = block.seriesColumns();
        for (int i = 0; i < series.size(); i++) {
            int c = data.firstCol() + series.get(i);
            // The cells are already streamed to disk: give the chart their values with their address.
            XDDFNumericalDataSource<Double> nums = XDDFDataSourcesFactory.fromArray(numbers(block, series.get(i)),
                    range(sheet, data, c));
            XDDFChartData.Series s = chartData.addSeries(cats, nums);
            s.setTitle(block.data().columns().get(series.get(i)).header(),
                    new CellReference(sheet.getSheetName(), data.headerRow(), c, true, true));
            style(s, theme.series().get(i % theme.series().size()), lines, block.styles().get(i));
        }
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(chartData);
    }

    /** Whether every value of the chart's series is zero or more. */
    private static boolean nonNegative(ChartBlock block) {
        for (List<Object> row : block.data().rows()) {
            for (int c : block.seriesColumns()) {
                Object v = row.get(c) instanceof org.careerbench.report.LiveValue live ? live.cached() : row.get(c);
                if (v instanceof Number n && n.doubleValue() < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A range chart drawn with what Excel and LibreOffice both draw, a stock chart: the observed
     * P25, P90, P10 and P75 as open, high, low and close, so that its up-down bars span P25 to P75
     * (the box) and its high-low lines P10 to P90 (the whiskers); on the same axes a line group
     * without lines marks P50 with a diamond and the published range's minimum and maximum with
     * dashes.
     */
    private void range(XSSFSheet sheet, XSSFChart chart, ChartBlock block, ExcelTables.Written data,
            XDDFCategoryAxis categories, XDDFValueAxis values) {
        org.careerbench.report.RangeSeries s = block.range();
        XDDFDataSource<?> cats = categorySource(sheet, block, data);
        XDDFLineChartData observed = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
        // A stock chart's four series are open, high, low and close, in that order.
        for (int column : List.of(s.p25(), s.p90(), s.p10(), s.p75())) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) addSeries(sheet, observed, cats, block, data,
                    column);
            series.setSmooth(false);
            noLine(series);
            series.setMarkerStyle(MarkerStyle.NONE);
        }
        XDDFLineChartData marks = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
        List<Integer> marked = new java.util.ArrayList<>(List.of(s.p50()));
        // Without a published range the chart is drawn from the percentiles' table alone.
        s.published().ifPresent(p -> marked.addAll(List.of(p.min(), p.max())));
        for (int column : marked) {
            boolean median = column == s.p50();
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) addSeries(sheet, marks, cats, block, data,
                    column);
            series.setSmooth(false);
            style(series, median ? theme.accent() : theme.muted(), true, SeriesStyle.MARKERS);
            series.setMarkerStyle(median ? MarkerStyle.DIAMOND : MarkerStyle.DASH);
        }
        var legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        // The stock series' legend would name only the last of them ("P75"); the note says what the box shows.
        for (int i = 0; i < 4; i++) {
            var entry = legend.addEntry();
            entry.setIndex(i);
            entry.setDelete(true);
        }
        chart.plot(observed);
        chart.plot(marks);

        var group = chart.getCTChart().getPlotArea().getLineChartArray(0);
        var lines = group.addNewHiLowLines().addNewSpPr().addNewLn();
        lines.setW(19050);
        lines.addNewSolidFill().addNewSrgbClr().setVal(rgb(theme.primary()));
        upDownBars(group, theme.primary(), theme.primary().darker());
        toStockChart(group);
    }

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static void noLine(XDDFChartData.Series series) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFLineProperties none = new XDDFLineProperties();
        none.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFNoFillProperties());
        shape.setLineProperties(none);
        series.setShapeProperties(shape);
    }

    /**
     * Turns a line chart group of four series into a stock chart (open, high, low, close): the
     * same series, high-low lines and up-down bars, without a line chart's grouping, variation,
     * marker and smoothing elements. POI has no stock chart type, so the XML is renamed in place.
     */
    private static void toStockChart(org.apache.xmlbeans.XmlObject lineChart) {
        try (org.apache.xmlbeans.XmlCursor c = lineChart.newCursor()) {
            c.setName(new javax.xml.namespace.QName(C, "stockChart", "c"));
            if (c.toFirstChild()) {
                boolean more = true;
                while (more) {
                    String name = c.getName().getLocalPart();
                    if (List.of("grouping", "varyColors", "marker", "smooth").contains(name)) {
                        more = c.removeXml() && c.isStart();
                        if (!c.isStart()) {
                            more = c.toNextSibling();
                        }
                    } else {
                        more = c.toNextSibling();
                    }
                }
            }
        }
    }

    /**
     * Adds {@code <c:upDownBars>} to a line chart group, in its schema place (after the high-low
     * lines, before marker, smooth and the axis ids). Written as XML: POI's lite schema has no class
     * for it.
     */
    private static void upDownBars(org.apache.xmlbeans.XmlObject lineChart, Color fill, Color outline) {
        String sp = "<c:spPr>" + solidFill(fill) + "<a:ln>" + solidFill(outline) + "</a:ln></c:spPr>";
        String xml = "<c:upDownBars xmlns:c=\"" + C + "\" xmlns:a=\"" + A + "\"><c:gapWidth val=\"120\"/>"
                + "<c:upBars>" + sp + "</c:upBars><c:downBars>" + sp + "</c:downBars></c:upDownBars>";
        try (org.apache.xmlbeans.XmlCursor target = lineChart.newCursor();
                org.apache.xmlbeans.XmlCursor source = org.apache.xmlbeans.XmlObject.Factory.parse(xml).newCursor()) {
            boolean placed = false;
            if (target.toFirstChild()) {
                do {
                    placed = C.equals(target.getName().getNamespaceURI())
                            && List.of("marker", "smooth", "axId", "extLst").contains(target.getName().getLocalPart());
                } while (!placed && target.toNextSibling());
            }
            if (!placed) {
                target.toEndToken();
            }
            source.toFirstChild();
            source.copyXml(target);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException("up-down bars XML", e);
        }
    }

    private static String solidFill(Color color) {
        return "<a:solidFill><a:srgbClr val=\"" + String.format(java.util.Locale.ROOT, "%02X%02X%02X", color.getRed(),
                color.getGreen(), color.getBlue()) + "\"/></a:solidFill>";
    }

    private static XDDFChartData.Series addSeries(XSSFSheet sheet, XDDFChartData chartData, XDDFDataSource<?> cats,
            ChartBlock block, ExcelTables.Written data, int column) {
        int c = data.firstCol() + column;
        XDDFNumericalDataSource<Double> nums = XDDFDataSourcesFactory.fromArray(numbers(block, column),
                range(sheet, data, c));
        XDDFChartData.Series s = chartData.addSeries(cats, nums);
        s.setTitle(block.data().columns().get(column).header(),
                new CellReference(sheet.getSheetName(), data.headerRow(), c, true, true));
        return s;
    }

    private static byte[] rgb(Color c) {
        return new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()};
    }

    private static XDDFDataSource<?> categorySource(XSSFSheet sheet, ChartBlock block, ExcelTables.Written data) {
        if (block.anyWithheld()) {
            // The labels themselves, each withheld category marked "—"; the table's cells stay as they are.
            return XDDFDataSourcesFactory.fromArray(block.categoryLabels().toArray(String[]::new));
        }
        int c = data.firstCol() + block.categoryColumn();
        if (block.data().columns().get(block.categoryColumn()).type() == ValueType.TEXT) {
            String[] labels = block.data().rows().stream().map(r -> String.valueOf(r.get(block.categoryColumn())))
                    .toArray(String[]::new);
            return XDDFDataSourcesFactory.fromArray(labels, range(sheet, data, c));
        }
        return XDDFDataSourcesFactory.fromArray(numbers(block, block.categoryColumn()), range(sheet, data, c));
    }

    private static Double[] numbers(ChartBlock block, int column) {
        return block.data().rows().stream().map(r -> r.get(column) instanceof Number n ? n.doubleValue()
                : r.get(column) instanceof org.careerbench.report.LiveValue f && f.cached() instanceof Number n
                        ? n.doubleValue() : null).toArray(Double[]::new);
    }

    private static String range(XSSFSheet sheet, ExcelTables.Written data, int column) {
        return new org.apache.poi.ss.util.AreaReference(
                new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), data.firstDataRow(), column, true, true),
                new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), data.lastRow(), column, true, true),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).formatAsString();
    }

    private static void style(XDDFChartData.Series s, Color color, boolean lines, SeriesStyle look) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()}));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(fill);
        if (lines) {
            line.setWidth(2.25);
            if (look == SeriesStyle.DASHED) {
                line.setPresetDash(new org.apache.poi.xddf.usermodel.XDDFPresetLineDash(
                        org.apache.poi.xddf.usermodel.PresetLineDash.DASH));
            }
            if (look == SeriesStyle.MARKERS) {
                line.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFNoFillProperties());
            }
            shape.setLineProperties(line);
            XDDFLineChartData.Series ls = (XDDFLineChartData.Series) s;
            ls.setSmooth(false);
            ls.setMarkerStyle(MarkerStyle.CIRCLE);
        } else {
            shape.setFillProperties(fill);
            XDDFLineProperties outline = new XDDFLineProperties();
            outline.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.WHITE)));
            shape.setLineProperties(outline);
        }
        s.setShapeProperties(shape);
    }
}
