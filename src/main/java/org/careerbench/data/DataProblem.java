package org.careerbench.data;

/**
 * One problem found in an input file, precise enough to fix without guessing.
 *
 * @param file     file name as the user knows it
 * @param line     1-based physical line number (the header is line 1), 0 if not line-bound
 * @param column   1-based column number, 0 if not column-bound
 * @param field    column header concerned, or empty
 * @param found    what was found, as text
 * @param expected what would have been accepted
 */
public record DataProblem(String file, long line, int column, String field, String found, String expected) {

    /**
     * A problem of a hand-written file (a mapping, the quality policy) whose message already says
     * what was found and what is accepted.
     */
    public static DataProblem of(org.careerbench.diagnostics.Problem p) {
        return new DataProblem(p.file().toString(), p.line(), 0, "", p.message(), "");
    }

    /**
     * Renders as {@code file:line:column: column 'x': found "…", expected …}, or
     * {@code file:line: message} for a problem made {@link #of(org.careerbench.diagnostics.Problem) of} a message.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (!field.isEmpty()) {
            s.append("column '").append(field).append("': ");
        }
        if (expected.isEmpty()) {
            return s.append(found).toString();
        }
        return s.append("found ").append(found).append(", expected ").append(expected).toString();
    }
}
