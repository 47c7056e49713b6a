package org.careerbench.render.xlsx;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.careerbench.report.LiveValue;

/** Writes one model value into one cell, natively typed; nothing from the data can become a formula. */
final class Cells {
    private Cells() {
    }

    /** Characters that make a spreadsheet read typed text as a formula. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Stores {@code text} as a string cell; text that a spreadsheet could take for a formula when
     * retyped (starting with = + - @ tab or CR) also gets the quote-prefixed {@code literal} style.
     */
    static void setText(Cell cell, String text, CellStyles styles) {
        cell.setCellValue(text);
        if (looksLikeFormula(text)) {
            cell.setCellStyle(styles.literal);
        }
    }

    /**
     * Writes a cell value of the model: numbers as numbers, dates as dates, formulas with their
     * cached value, text as text; null and suppressed values leave the cell empty (never 0).
     */
    static void set(Cell cell, Object value, CellStyle style, CellStyles styles) {
        if (value instanceof LiveValue) {
            throw new IllegalArgumentException("a live value outside a table: " + value);
        }
        set(cell, value, style, styles, null, null);
    }

    /**
     * As {@link #set(Cell, Object, CellStyle, CellStyles)}, for a cell of Excel Table {@code table},
     * at {@code place}, which a live value's references to "this row" name.
     */
    static void set(Cell cell, Object value, CellStyle style, CellStyles styles, Formulas formulas,
            Formulas.Place place) {
        cell.setCellStyle(style);
        if (value instanceof LiveValue f) {
            cell.setCellFormula(formulas.of(f, place));
            if (f.cached() instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (f.cached() != null) {
                cell.setCellValue(String.valueOf(f.cached()));
            }
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof String s) {
            setText(cell, s, styles);
        }
    }
}
