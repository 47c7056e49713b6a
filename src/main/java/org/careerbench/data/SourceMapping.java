package org.careerbench.data;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 */
public record SourceMapping(String dataset, Path file, Path source, Optional<Character> delimiter, Charset charset,
        Map<String, String> columns, Map<String, Map<String, String>> values, Map<String, String> constants,
        Map<String, RowFilter> filters) {
    public SourceMapping {
        columns = Map.copyOf(columns);
        values = Map.copyOf(values);
        constants = Map.copyOf(constants);
        filters = Map.copyOf(filters);
    }

    /** A file read as it is: project column names, no renames, delimiter detected. */
    public static SourceMapping identity(String dataset, Path file, Charset charset) {
        return new SourceMapping(dataset, file, file, Optional.empty(), charset, Map.of(), Map.of(), Map.of(), Map.of());
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
