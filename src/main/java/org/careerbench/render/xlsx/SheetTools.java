package org.careerbench.render.xlsx;

import org.careerbench.report.TableBlock;
import org.careerbench.report.Words;

/**
 * What a sheet writer uses of its workbook: the shared styles, table and chart writers, its formulas and names, the
 * last row a sheet may use, and where a table too long for its sheet continues.
 *
 * @param lastRow      the last row index a sheet may use
 * @param continuation continues a table on a new sheet
 * @param words        the reader's language
 */
record SheetTools(CellStyles styles, ExcelTables tables, NativeCharts charts, Formulas formulas, int lastRow,
        Continuation continuation, Words words) {

    /** Continues a table from one of its rows on a new sheet. */
    @FunctionalInterface
    interface Continuation {
        /** Continues {@code t} from row {@code from} on a new sheet named after {@code previousSheet}. */
        void continueTable(String previousSheet, TableBlock t, int from);
    }
}
