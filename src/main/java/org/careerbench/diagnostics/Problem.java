package org.careerbench.diagnostics;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One mistake in a file a person wrote or a system exported, placed where they can fix it: a
 * template's key, a theme's colour, a mapping's value or a value in a data file. The one problem
 * type: every check of a run adds to the same {@link Problems}, which reports them together.
 *
 * @param file    the file at fault (a template, theme, mapping, data file) as the user knows it
 * @param line    1-based line, or 0 when the problem is the whole file
 * @param column  1-based column of a data file, or 0 when the problem is not bound to a column
 * @param kind    what sort of mistake (see {@link Kind})
 * @param message what was found, what is accepted, and "did you mean" where one is close
 * @param tally   the words the report's count puts this problem under: the kind's words, or for a
 *                data value its file, column and what was expected
 * @param place   where it is as the user finds it, when not {@code file:line:column}: a workbook's
 *                cell ({@code survey.xlsx:Data!C17}) or a query's row; empty otherwise
 */
public record Problem(Path file, int line, int column, Kind kind, String message, String tally, String place) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(place, "place");
    }

    /** A problem placed at {@code file:line:column}. */
    public Problem(Path file, int line, int column, Kind kind, String message, String tally) {
        this(file, line, column, kind, message, tally, "");
    }

    /** A problem at {@code file:line}, counted under its kind. */
    public Problem(Path file, int line, Kind kind, String message) {
        this(file, line, 0, kind, message, kind.words());
    }

    /**
     * A value in a data file that cannot be used, rendered as
     * {@code file:line:column: column 'x': found "…", expected …}.
     *
     * @param file     the data file's name as the user knows it
     * @param line     1-based physical line (the header is line 1), 0 if not line-bound
     * @param column   1-based column, 0 if not column-bound
     * @param field    the column's header, or empty
     * @param found    what was found, as text
     * @param expected what would have been accepted, or empty when {@code found} says it all
     */
    public static Problem inData(String file, long line, int column, String field, String found, String expected) {
        String where = field.isEmpty() ? "" : "column '" + field + "': ";
        String message = expected.isEmpty() ? where + found : where + "found " + found + ", expected " + expected;
        String tally = expected.isEmpty() ? file + ": " + found.replaceFirst(" in .*$", "")
                : file + (field.isEmpty() ? "" : ", column '" + field + "'") + ": expected " + expected;
        return new Problem(Path.of(file), (int) Math.min(line, Integer.MAX_VALUE), column, Kind.DATA_VALUE, message,
                tally);
    }

    /**
     * A value in a worksheet that cannot be used, rendered as
     * {@code survey.xlsx:Data!C17: column 'x': found "…", expected …}.
     *
     * @param workbook the workbook's file name
     * @param sheet    the sheet's name
     * @param row      1-based row as Excel numbers it
     * @param column   1-based column (1 is A), 0 when the problem is the whole row
     */
    public static Problem inCell(String workbook, String sheet, long row, int column, String field, String found,
            String expected) {
        Problem p = inData(workbook + ":" + sheet, row, column, field, found, expected);
        String cell = column > 0 ? columnLetters(column) + row : row > 0 ? "row " + row : "";
        return new Problem(p.file(), p.line(), p.column(), p.kind(), p.message(), p.tally(),
                workbook + ":" + quotedSheet(sheet) + (cell.isEmpty() ? "" : (column > 0 ? "!" : " ") + cell));
    }

    /**
     * A value in a database query's result that cannot be used, rendered as
     * {@code salaries.mapping.yaml: query row 17, column 9: column 'x': found "…", expected …}.
     *
     * @param source the mapping that holds the query
     * @param row    1-based row of the result, 0 when the problem is the whole result
     * @param column 1-based column of the result, 0 when not bound to one
     */
    public static Problem inQuery(String source, long row, int column, String field, String found, String expected) {
        Problem p = inData(source, row, column, field, found, expected);
        String where = row > 0 ? ": query row " + row + (column > 0 ? ", column " + column : "") : ": query";
        return new Problem(p.file(), p.line(), p.column(), p.kind(), p.message(), p.tally(), source + where);
    }

    /** Excel's letters of a 1-based column: 1 is A, 27 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** A sheet name as a formula writes it: in single quotes (doubled inside) unless letters and digits only. */
    private static String quotedSheet(String sheet) {
        return sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    /** The sorts of mistakes, each with the words the summary counts them under. */
    public enum Kind {
        /** The text is not well-formed YAML, Markdown or CSV of the expected shape. */
        SYNTAX("syntax"),
        /** A key nobody reads here. */
        UNKNOWN_KEY("unknown key"),
        /** A key of the language that does not apply to this block kind or source. */
        INAPPLICABLE_KEY("key that does not apply"),
        /** An old spelling that has a new name. */
        RENAMED("old spelling"),
        /** A required key left out. */
        MISSING_KEY("missing key"),
        /** A list where one value belongs, text where a number belongs, and so on. */
        WRONG_TYPE("wrong type"),
        /** A value outside the accepted vocabulary or range. */
        UNKNOWN_VALUE("unknown value"),
        /** Two things that must be unique share a name. */
        DUPLICATE("duplicate"),
        /** A name that the data does not have: indicator, column value, survey occupation, period. */
        DATA_REFERENCE("unknown in the data"),
        /** A file the spec names that cannot be used. */
        FILE("file"),
        /** A value of a data file that cannot be used: counted by its file, column and what was expected. */
        DATA_VALUE("value in the data"),
        /** A data warning that a strict run refuses. */
        STRICT("data warning (strict)");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** How the summary names this kind, e.g. "unknown key". */
        public String words() {
            return words;
        }
    }

    /** {@code file:line:column: message}, leaving out a position that does not apply. */
    @Override
    public String toString() {
        if (!place.isEmpty()) {
            return place + ": " + message;
        }
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
