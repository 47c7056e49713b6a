package org.careerbench.render.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueFormat;
import org.careerbench.report.ValueType;

/** Shared cell styles of one workbook: one per value type and currency, plus text styles. */
final class CellStyles {
    private final XSSFWorkbook workbook;
    private final Theme theme;
    private final ValueFormat format;
    private final Map<String, XSSFCellStyle> values = new HashMap<>();
    final XSSFCellStyle title;
    final XSSFCellStyle heading;
    final XSSFCellStyle text;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle note;
    /** A note wrapped within merged text columns. */
    final XSSFCellStyle noteWrapped;
    final XSSFCellStyle label;
    final XSSFCellStyle header;
    final XSSFCellStyle numericHeader;
    /** Text that a spreadsheet could take for a formula if retyped: stored as text and quote-prefixed. */
    final XSSFCellStyle literal;

    CellStyles(XSSFWorkbook workbook, Theme theme, ValueFormat format) {
        this.workbook = workbook;
        this.format = format;
        this.theme = theme;
        title = textStyle(font(16, true, false, theme.primary()), false);
        heading = textStyle(font(12, true, false, theme.primary()), false);
        text = textStyle(font(10, false, false, theme.text()), false);
        wrapped = textStyle(font(10, false, false, theme.text()), true);
        note = textStyle(font(9, false, true, theme.muted()), false);
        noteWrapped = textStyle(font(9, false, true, theme.muted()), true);
        label = textStyle(font(10, true, false, theme.text()), false);
        header = textStyle(font(10, true, false, java.awt.Color.WHITE), true);
        header.setFillForegroundColor(new XSSFColor(theme.primary(), null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setIndention((short) 1);
        numericHeader = workbook.createCellStyle();
        numericHeader.cloneStyleFrom(header);
        numericHeader.setAlignment(HorizontalAlignment.RIGHT);
        numericHeader.setIndention((short) 0);
        literal = textStyle(font(10, false, false, theme.text()), false);
        literal.setQuotePrefixed(true);
        literal.setIndention((short) 1);
    }

    /** The style for a value of {@code type} (in {@code currency} for money), created once. */
    CellStyle value(ValueType type, String currency, boolean emphasised) {
        return style(type, currency, emphasised, false);
    }

    /** A table's text cell too long for its column: the text style, wrapped onto more lines. */
    CellStyle wrappedValue() {
        CellStyle wrapped = values.get("wrapped-text");
        if (wrapped == null) {
            // The text style first, outside the cache's own computation: making one style inside the making
            // of another changed the cache under its own feet (a ConcurrentModificationException).
            CellStyle text = value(ValueType.TEXT, "", false);
            XSSFCellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(text);
            s.setWrapText(true);
            values.put("wrapped-text", s);
            wrapped = s;
        }
        return wrapped;
    }

    /** An input cell's style: the value's format on a pale fill, so analysts see what they may change. */
    CellStyle input(ValueType type, String currency) {
        return style(type, currency, true, true);
    }

    private CellStyle style(ValueType type, String currency, boolean emphasised, boolean input) {
        String key = type + "/" + currency + "/" + emphasised + "/" + input;
        return values.computeIfAbsent(key, k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.setDataFormat(workbook.createDataFormat().getFormat(numberFormat(type, currency)));
            s.setFont(font(emphasised ? 12 : 10, emphasised, false, emphasised ? theme.primary() : theme.text()));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (type == ValueType.TEXT) {
                // An indent keeps text off the right-aligned number in the column before it.
                s.setAlignment(HorizontalAlignment.LEFT);
                s.setIndention((short) 1);
            }
            if (input) {
                s.setFillForegroundColor(new XSSFColor(new java.awt.Color(0xFFF4D6), null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setLocked(false);
            }
            return s;
        });
    }

    /** How values read as text in the report's language. */
    ValueFormat format() {
        return format;
    }

    /** The Excel number format for a value type in the report's language, e.g. {@code "$"#,##0} for USD. */
    String numberFormat(ValueType type, String currency) {
        return format.excelFormat(type, currency);
    }

    private XSSFCellStyle textStyle(XSSFFont font, boolean wrap) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private XSSFFont font(int points, boolean bold, boolean italic, java.awt.Color color) {
        XSSFFont f = workbook.createFont();
        f.setFontName("Calibri");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        f.setColor(new XSSFColor(color, null));
        return f;
    }
}
