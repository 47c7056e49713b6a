package org.careerbench.data;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one export file becomes one dataset without editing the export: which file, how it is
 * encoded and delimited, which export column feeds each schema column, how values are
 * renamed, which constants fill missing columns, and which rows are kept.
 *
 * @param dataset   the dataset it feeds, e.g. salaries
 * @param file      the export file
 * @param source    where the mapping came from (the YAML file), or the CSV itself for identity
 * @param delimiter the field separator, or empty to detect it from the header line
 * @param charset   the file's encoding
 * @param columns   schema column to export column; a schema column absent here is read from
 *                  the export column of the same name
 * @param values    schema column to (export value to schema value); key {@code "*"} is the default
 * @param constants schema column to a fixed value for every row
 * @param filters   export column to the rule a row must pass to be kept
 * @param rules     what else the mapping says: pass-through columns, an unpivot, the provenance
 */
public record SourceMapping(String dataset, Path file, Path source, Optional<Character> delimiter, Charset charset,
        Map<String, String> columns, Map<String, Map<String, String>> values, Map<String, String> constants,
        Map<String, RowFilter> filters, Rules rules) {
    public SourceMapping {
        columns = Map.copyOf(columns);
        values = Map.copyOf(values);
        constants = Map.copyOf(constants);
        filters = Map.copyOf(filters);
    }

    /** A file read as it is: project column names, no renames, delimiter detected. */
    public static SourceMapping identity(String dataset, Path file, Charset charset) {
        return new SourceMapping(dataset, file, file, Optional.empty(), charset, Map.of(), Map.of(), Map.of(), Map.of(),
                Rules.NONE);
    }

    /** Schema columns whose values not listed in their value map are kept as they are. */
    public Set<String> passThrough() {
        return rules.passThrough();
    }

    /** The same mapping read from another file (a mapping may list several files, stacked into one dataset). */
    public SourceMapping withFile(Path other) {
        return new SourceMapping(dataset, other, source, delimiter, charset, columns, values, constants, filters, rules);
    }

    /**
     * The mapping's further rules. Immutable.
     *
     * @param passThrough schema columns whose unlisted values pass unchanged through their value map
     * @param unpivot     the wide columns that become rows, if the export is wide
     * @param provenance  what the mapping states about the data's source
     */
    public record Rules(Set<String> passThrough, Optional<Unpivot> unpivot, Provenance provenance,
            Optional<SheetArea> sheet, Optional<Query> query) {
        /** No further rules. */
        public static final Rules NONE = new Rules(Set.of(), Optional.empty(), Provenance.UNSTATED);

        public Rules {
            passThrough = Set.copyOf(passThrough);
        }

        /** Rules for a CSV file. */
        public Rules(Set<String> passThrough, Optional<Unpivot> unpivot, Provenance provenance) {
            this(passThrough, unpivot, provenance, Optional.empty(), Optional.empty());
        }
    }

    /**
     * Where a workbook's data is. Immutable.
     *
     * @param sheet       the sheet's name, or empty for the workbook's first sheet
     * @param headerRow   the 1-based row of the header; the data follows it
     * @param firstColumn the 1-based column of the header's first field (1 is A)
     * @param lastColumn  the last column read, or 0 for as far as the header goes
     * @param lastRow     the last row read, or 0 for the end of the sheet
     */
    public record SheetArea(Optional<String> sheet, int headerRow, int firstColumn, int lastColumn, long lastRow) {
        /** The first sheet, its header in row 1 from column A. */
        public static final SheetArea FIRST_SHEET = new SheetArea(Optional.empty(), 1, 1, 0, 0);
    }

    /**
     * A database query that gives a dataset's rows. Immutable; holds no secret, only the names of
     * the environment variables that do.
     *
     * @param url              the JDBC URL, as the mapping writes it (without credentials)
     * @param sql              the query; run in a read-only transaction
     * @param userVariable     the environment variable holding the user name, if any
     * @param passwordVariable the environment variable holding the password, if any
     * @param timeout          the most the connection, and then the whole query, may take
     * @param fetchSize        rows fetched from the server at a time
     */
    public record Query(String url, String sql, Optional<String> userVariable, Optional<String> passwordVariable,
            java.time.Duration timeout, int fetchSize) {
    }

    /** Whether the mapping reads a workbook's sheet. */
    public boolean workbook() {
        return rules.sheet().isPresent();
    }

    /** Whether the mapping reads a database query instead of a file. */
    public boolean database() {
        return rules.query().isPresent();
    }

    /**
     * Columns into rows: each of the export's wide columns (named in a list, or matched by a
     * pattern) becomes one row, the column's name (or the pattern's first group) going into
     * {@code nameColumn} and the cell into {@code valueColumn}; every other column repeats.
     *
     * @param columns     the wide columns by name, or empty when {@code pattern} picks them
     * @param pattern     a regular expression the whole column name matches; its first group, if
     *                    any, is the name written into {@code nameColumn}
     * @param nameColumn  the schema column that receives the column's name, e.g. year
     * @param valueColumn the schema column that receives the cell, e.g. value
     */
    public record Unpivot(List<String> columns, Optional<Pattern> pattern, String nameColumn, String valueColumn) {
        public Unpivot {
            columns = List.copyOf(columns);
        }

        /** The header positions of the wide columns and the name each gives, in header order. */
        public List<Map.Entry<Integer, String>> wide(List<String> header) {
            List<Map.Entry<Integer, String>> result = new java.util.ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).strip();
                if (pattern.isPresent()) {
                    java.util.regex.Matcher m = pattern.get().matcher(h);
                    if (m.matches()) {
                        result.add(Map.entry(i, m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : h));
                    }
                } else if (columns.contains(h)) {
                    result.add(Map.entry(i, h));
                }
            }
            return result;
        }
    }

    /**
     * What a mapping states about where its data comes from. Immutable.
     *
     * @param source  the publisher and publication, empty when not stated
     * @param asOf    the date or period the data describes
     * @param licence the licence it is published under
     */
    public record Provenance(String source, String asOf, String licence) {
        /** Nothing stated. */
        public static final Provenance UNSTATED = new Provenance("", "", "");

        /** Whether the mapping states a source. */
        public boolean stated() {
            return !source.isBlank();
        }
    }

    /** The export column a schema column is read from. */
    public String sourceColumn(String schemaColumn) {
        return columns.getOrDefault(schemaColumn, schemaColumn);
    }

    /**
     * A row filter on one export column: the value must be one of {@code in}, or match
     * {@code pattern} (a Java regular expression, whole value), or both when both are given.
     */
    public record RowFilter(List<String> in, Optional<Pattern> pattern) {
        public RowFilter {
            in = List.copyOf(in);
        }

        public boolean accepts(String value) {
            return (in.isEmpty() || in.contains(value)) && pattern.map(p -> p.matcher(value).matches()).orElse(true);
        }
    }
}
