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
    private static final int WIDTH_COLUMNS = 9;
    private static final int MIN_HEIGHT_ROWS = 18;

    private final Theme theme;
    private final Words words;

    NativeCharts(Theme theme, Words words) {
        this.theme = theme;
        this.words = words;
    }

    /** Draws {@code block} on {@code sheet} (the XSSF part of a streamed sheet), bound to the cells of {@code data}. */
    void draw(XSSFSheet sheet, ChartBlock block, ExcelTables.Written data) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        boolean horizontal = block.type() == ChartType.HBAR;
        int col = data.firstCol() + block.data().columns().size() + 1;
        int top = Math.max(0, data.headerRow() - 1);
        int perCategory = horizontal ? 2 : 1;
        int height = Math.max(MIN_HEIGHT_ROWS, perCategory * (data.lastRow() - data.headerRow()) + 6);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, top, col + WIDTH_COLUMNS, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(block.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        categories.setTitle(block.categoryAxis());
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setTitle(block.valueAxis());
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (horizontal) {
            // Rank 1 on top; with the categories reversed, the value axis must cross at their maximum
            // to stay at the bottom.
            categories.setOrientation(AxisOrientation.MAX_MIN);
            values.setCrosses(AxisCrosses.MAX);
        }
        boolean lines = block.type() == ChartType.LINE || block.type() == ChartType.BOX;
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
            // A range chart becomes a dot plot here: each percentile and range end a series of markers.
            SeriesStyle look = block.type() == ChartType.BOX ? SeriesStyle.MARKERS : block.styles().get(i);
            style(s, theme.series().get(i % theme.series().size()), lines, look);
        }
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        chart.plot(chartData);
    }

    private static XDDFDataSource<?> categorySource(XSSFSheet sheet, ChartBlock block, ExcelTables.Written data) {
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
