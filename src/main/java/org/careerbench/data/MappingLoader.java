package org.careerbench.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a mapping file ({@code <dataset>.mapping.yaml} in an input folder). Documented in the
 * README under "Bring your own data"; every error names the mapping file and line.
 */
final class MappingLoader {
    static final List<String> KEYS = List.of("dataset", "file", "delimiter", "encoding", "columns", "values",
            "constants", "filters");

    SourceMapping load(Path mappingFile, DatasetSchema schema, Charset defaultCharset) throws IOException, DataException {
        YamlDocument y = YamlDocument.load(mappingFile);
        Map<String, Object> root = y.root;
        y.requireKnownKeys(root, KEYS, "a mapping");
        String dataset = y.text(root, "dataset", schema.name());
        if (!dataset.equals(schema.name())) {
            throw y.error("dataset", "dataset '" + dataset + "'", "'" + schema.name() + "' for a file named "
                    + mappingFile.getFileName());
        }
        String fileName = y.text(root, "file", "");
        if (fileName.isBlank()) {
            throw y.error("file", "no 'file:'", "the export file's name, relative to the mapping");
        }
        Path file = mappingFile.resolveSibling(fileName).normalize();
        if (!Files.isRegularFile(file)) {
            throw y.error("file", "no file " + file, "an existing CSV file");
        }
        Optional<Character> delimiter = delimiter(y, y.text(root, "delimiter", "auto"));
        Charset charset = charset(y, y.text(root, "encoding", defaultCharset.name()));

        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, Object> columnMap = y.mapping(root, "columns");
        for (Map.Entry<String, Object> e : columnMap.entrySet()) {
            requireSchemaColumn(y, schema, e.getKey(), "columns");
            columns.put(e.getKey(), String.valueOf(e.getValue()));
        }
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : y.mapping(root, "values").entrySet()) {
            requireSchemaColumn(y, schema, e.getKey(), "values");
            Map<String, String> map = new LinkedHashMap<>();
            y.mapping(y.mapping(root, "values"), e.getKey()).forEach((k, v) -> map.put(k, String.valueOf(v)));
            values.put(e.getKey(), map);
        }
        Map<String, String> constants = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : y.mapping(root, "constants").entrySet()) {
            requireSchemaColumn(y, schema, e.getKey(), "constants");
            constants.put(e.getKey(), String.valueOf(e.getValue()));
        }
        Map<String, SourceMapping.RowFilter> filters = new LinkedHashMap<>();
        Map<String, Object> filterMap = y.mapping(root, "filters");
        for (String column : filterMap.keySet()) {
            Map<String, Object> rule = y.mapping(filterMap, column);
            y.requireKnownKeys(rule, List.of("in", "pattern"), "the filter on '" + column + "'");
            List<String> in = rule.get("in") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
            Optional<Pattern> pattern = Optional.empty();
            if (rule.get("pattern") != null) {
                try {
                    pattern = Optional.of(Pattern.compile(String.valueOf(rule.get("pattern"))));
                } catch (PatternSyntaxException ex) {
                    throw y.error("pattern", "pattern '" + rule.get("pattern") + "' (" + ex.getDescription() + ")",
                            "a Java regular expression");
                }
            }
            if (in.isEmpty() && pattern.isEmpty()) {
                throw y.error(column, "a filter with neither 'in' nor 'pattern'", "'in: [values]' or 'pattern: regex'");
            }
            filters.put(column, new SourceMapping.RowFilter(in, pattern));
        }
        return new SourceMapping(dataset, file, mappingFile, delimiter, charset, columns, values, constants, filters);
    }

    private static void requireSchemaColumn(YamlDocument y, DatasetSchema schema, String column, String where)
            throws DataException {
        if (schema.column(column).isEmpty()) {
            throw y.error(column, "unknown column '" + column + "' under " + where,
                    "a column of dataset '" + schema.name() + "': "
                    + schema.columns().stream().map(Column::name).toList());
        }
    }

    private static Optional<Character> delimiter(YamlDocument y, String spec) throws DataException {
        return switch (spec) {
            case "auto" -> Optional.empty();
            case ",", ";", "|" -> Optional.of(spec.charAt(0));
            case "\t", "\\t", "tab" -> Optional.of('\t');
            default -> throw y.error("delimiter", "delimiter '" + spec + "'", "',', ';', '|', tab or auto");
        };
    }

    static Charset charset(YamlDocument y, String name) throws DataException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw y.error("encoding", "encoding '" + name + "'", "a charset name such as UTF-8 or windows-1252");
        }
    }
}
