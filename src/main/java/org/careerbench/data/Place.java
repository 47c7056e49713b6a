package org.careerbench.data;

import org.careerbench.diagnostics.Problem;

/**
 * Where a source's values are, as the person who fixes them finds them: a CSV file's line and
 * column, a worksheet's cell, a query's row. Every problem about a value is made here, so that
 * each source names positions in its own terms.
 */
interface Place {
    /** The source's name in a row's provenance and in messages: a file name, or workbook and sheet. */
    String name();

    /** The line (or row) of the header. */
    long headerLine();

    /**
     * A problem about a value.
     *
     * @param line   the record's line or row, 0 for the whole source
     * @param column the 1-based field of the record (header order), 0 for the whole record
     */
    Problem problem(long line, int column, String field, String found, String expected);

    /** A CSV file: {@code salaries.csv:12:9}. */
    static Place csv(String file) {
        return new Place() {
            @Override
            public String name() {
                return file;
            }

            @Override
            public long headerLine() {
                return 1;
            }

            @Override
            public Problem problem(long line, int column, String field, String found, String expected) {
                return Problem.inData(file, line, column, field, found, expected);
            }
        };
    }

    /**
     * A worksheet whose header starts in column {@code firstColumn}: {@code survey.xlsx:Data!C17}.
     *
     * @param firstColumn the 1-based sheet column of the header's first field
     */
    static Place sheet(String workbook, String sheet, long headerRow, int firstColumn) {
        return new Place() {
            @Override
            public String name() {
                return workbook + ":" + sheet;
            }

            @Override
            public long headerLine() {
                return headerRow;
            }

            @Override
            public Problem problem(long line, int column, String field, String found, String expected) {
                return Problem.inCell(workbook, sheet, line, column > 0 ? column + firstColumn - 1 : 0, field, found,
                        expected);
            }
        };
    }

    /** A query's result: {@code salaries.mapping.yaml: query row 17, column 9}. */
    static Place query(String mapping) {
        return new Place() {
            @Override
            public String name() {
                return mapping + " query";
            }

            @Override
            public long headerLine() {
                return 0;
            }

            @Override
            public Problem problem(long line, int column, String field, String found, String expected) {
                return Problem.inQuery(mapping, line, column, field, found, expected);
            }
        };
    }
}
