package org.careerbench.render.xlsx;

import org.apache.poi.ss.usermodel.Cell;

/** Writes text so that nothing from the data can become a formula. */
final class Cells {
    private Cells() {
    }

    /**
     * Stores {@code text} as a string cell. POI's {@code setCellValue(String)} always writes a
     * string (shared string), never a formula, so text such as {@code =HYPERLINK(...)} stays text.
     */
    static void setText(Cell cell, String text) {
        cell.setCellValue(text);
    }
}
