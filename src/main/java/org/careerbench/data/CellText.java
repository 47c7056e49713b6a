package org.careerbench.data;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * A worksheet cell's stored value as the text a CSV export of it would hold: a shared string by
 * its text, a number as the number it holds (never in E notation, never rounded to its display),
 * a number formatted as a date as an ISO date, a boolean as {@code true}/{@code false}.
 * Immutable once built; safe to use from the parsing thread.
 */
final class CellText {
    private final String[] strings;
    private final boolean[] dateStyles;
    private final boolean date1904;

    /**
     * @param strings  the workbook's shared strings, by index
     * @param styles   its cell styles, whose number formats tell dates from numbers (null: none)
     * @param date1904 whether its dates count from 1904
     */
    CellText(String[] strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        int n = styles == null ? 0 : styles.getNumCellStyles();
        this.dateStyles = new boolean[n];
        for (int i = 0; i < n; i++) {
            XSSFCellStyle cs = styles.getStyleAt(i);
            dateStyles[i] = cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
        }
        this.date1904 = date1904;
    }

    /** The shared string at {@code index}, or null when the workbook has none there. */
    String shared(int index) {
        return index >= 0 && index < strings.length ? strings[index] : null;
    }

    /** The shared string at the index written {@code index}, or null when the workbook has none there. */
    String shared(String index) {
        try {
            int i = Integer.parseInt(index.strip());
            return i >= 0 && i < strings.length ? strings[i] : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number cell's value in style {@code style}: a date where its format is one, else the number. */
    String number(String raw, int style) {
        if (style > 0 && style < dateStyles.length && dateStyles[style]) {
            try {
                double v = Double.parseDouble(raw);
                if (DateUtil.isValidExcelDate(v)) {
                    LocalDateTime t = DateUtil.getLocalDateTime(v, date1904, true);
                    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
                }
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        if (raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return raw;
        }
        try {
            return new BigDecimal(raw).toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** A boolean cell's value. */
    static String bool(String raw) {
        return raw.strip().equals("1") || raw.strip().equalsIgnoreCase("true") ? "true" : "false";
    }
}
