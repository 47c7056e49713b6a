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
import org.careerbench.handwritten.Fence;
import org.careerbench.handwritten.HandWrittenFile;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.handwritten.YamlNode;

/**
 * Reads a mapping file ({@code <dataset>.mapping.yaml} in an input folder). Documented in
 * {@code docs/data.md}; every mistake of the file is reported at once, each at its own line,
 * with the closest accepted word where one is near.
 */
final class MappingLoader {

    /**
     * @throws DataException listing every mistake of the mapping
     * @throws IOException   when the mapping cannot be read
     */
    SourceMapping load(Path mappingFile, DatasetSchema schema, Charset defaultCharset) throws IOException, DataException {
        return loadAll(mappingFile, schema, defaultCharset).get(0);
    }

    /**
     * The dataset a mapping file feeds: its {@code dataset:} key, or else the part of its name
     * before the first dot ({@code salaries.mapping.yaml} feeds salaries).
     *
     * @throws IOException when the file cannot be read
     */
    static String datasetOf(Path mappingFile) throws IOException {
        Problems ignored = new Problems();
        YamlNode root = HandWrittenFile.yaml(mappingFile, Fence.around(mappingFile), "a mapping", ignored)
                .orElse(new YamlNode.Mapping(List.of(), 1));
        if (root instanceof YamlNode.Mapping m) {
            Optional<YamlNode.Entry> d = m.entry("dataset");
            if (d.isPresent() && d.get().value() instanceof YamlNode.Scalar s && !s.text().isBlank()) {
                return s.text().strip();
            }
        }
        String name = mappingFile.getFileName().toString();
        return name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.'));
    }

    /**
     * Every file a mapping reads, each as one {@link SourceMapping} with the mapping's rules; a
     * mapping that lists several files stacks them into one dataset.
     *
     * @throws DataException listing every mistake of the mapping
     * @throws IOException   when the mapping cannot be read
     */
    List<SourceMapping> loadAll(Path mappingFile, DatasetSchema schema, Charset defaultCharset)
            throws IOException, DataException {
        Problems problems = new Problems();
        Optional<YamlNode> parsed = HandWrittenFile.yaml(mappingFile, Fence.around(mappingFile), "a mapping", problems);
        if (parsed.isEmpty()) {
            // A file that could not be read as YAML has no keys to check: no false "missing 'file:'".
            DataException.throwIfAny(problems);
        }
        YamlNode rootNode = parsed.orElse(new YamlNode.Mapping(List.of(), 1));
        KeyReader root = KeyReader.of(mappingFile, rootNode, "a mapping", problems);
        String dataset = root.text("dataset", schema.name());
        if (!dataset.equals(schema.name())) {
            root.problem("dataset", Problem.Kind.UNKNOWN_VALUE, "dataset '" + dataset + "' in a file named "
                    + mappingFile.getFileName() + ", expected '" + schema.name() + "'");
        }
        List<Path> files = new java.util.ArrayList<>();
        if (!root.has("file")) {
            problems.add(mappingFile, root.line(), Problem.Kind.MISSING_KEY, "missing 'file:' in a mapping, expected "
                    + "the export's file name (or a list of files), relative to the mapping");
        }
        boolean outside = root.bool("outside-input").orElse(false);
        Path folder = mappingFile.toAbsolutePath().getParent().normalize();
        Fence fence = new Fence(folder);
        root.list("file").ifPresent(names -> {
            for (YamlNode.Scalar n : names) {
                Path f = mappingFile.resolveSibling(n.text()).normalize();
                if (!outside && !fence.contains(f)) {
                    // Judged by the real path, so a link inside the folder that leads out counts as outside.
                    problems.add(mappingFile, n.line(), Problem.Kind.FILE, "file '" + n.text() + "' is outside the "
                            + "input folder " + folder + " (or reached through a link that leads out of it); expected "
                            + "a file inside it, or 'outside-input: true' in this mapping to read one elsewhere on "
                            + "purpose");
                    continue;
                }
                if (!Files.isRegularFile(f)) {
                    problems.add(mappingFile, n.line(), Problem.Kind.FILE, "no file " + f + ", expected an existing "
                            + "CSV file named relative to the mapping");
                }
                files.add(f);
            }
        });
        Optional<Character> delimiter = delimiter(root);
        Charset charset = charset(root, defaultCharset);
        List<String> columnNames = schema.columns().stream().map(Column::name).toList();

        Map<String, String> columns = new LinkedHashMap<>();
        root.mapping("columns", "columns").ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                if (schemaColumn(m, e, columnNames, schema) && e.value() instanceof YamlNode.Scalar s) {
                    columns.put(e.key(), s.text());
                } else if (!(e.value() instanceof YamlNode.Scalar)) {
                    m.problems().add(m.file(), e.value().line(), Problem.Kind.WRONG_TYPE, "column '" + e.key()
                            + "' under columns must name one export column, found " + e.value().describe());
                }
            }
        });
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        root.mapping("values", "values").ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                if (!schemaColumn(m, e, columnNames, schema)) {
                    continue;
                }
                KeyReader byValue = KeyReader.of(mappingFile, e.value(), "the values of '" + e.key() + "'", problems);
                Map<String, String> map = new LinkedHashMap<>();
                for (YamlNode.Entry v : byValue.entries()) {
                    if (v.value() instanceof YamlNode.Scalar s) {
                        map.put(v.key(), s.text());
                    } else {
                        problems.add(mappingFile, v.value().line(), Problem.Kind.WRONG_TYPE, "value '" + v.key()
                                + "' of '" + e.key() + "' must map to one value, found " + v.value().describe());
                    }
                }
                values.put(e.key(), map);
            }
        });
        Map<String, String> constants = new LinkedHashMap<>();
        root.mapping("constants", "constants").ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                if (schemaColumn(m, e, columnNames, schema) && e.value() instanceof YamlNode.Scalar s) {
                    constants.put(e.key(), s.text());
                }
            }
        });
        Map<String, SourceMapping.RowFilter> filters = new LinkedHashMap<>();
        root.mapping("filters", "filters").ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                KeyReader rule = KeyReader.of(mappingFile, e.value(), "the filter on '" + e.key() + "'", problems);
                List<String> in = rule.list("in").map(l -> l.stream().map(YamlNode.Scalar::text).toList())
                        .orElse(List.of());
                Optional<Pattern> pattern = Optional.empty();
                Optional<String> regex = rule.text("pattern");
                if (regex.isPresent()) {
                    try {
                        pattern = Optional.of(Pattern.compile(regex.get()));
                    } catch (PatternSyntaxException ex) {
                        rule.problem("pattern", Problem.Kind.UNKNOWN_VALUE, "pattern '" + regex.get() + "' ("
                                + ex.getDescription() + "), expected a Java regular expression");
                    }
                }
                if (in.isEmpty() && regex.isEmpty()) {
                    problems.add(mappingFile, e.keyLine(), Problem.Kind.MISSING_KEY, "the filter on '" + e.key()
                            + "' has neither 'in' nor 'pattern', expected 'in: [values]' or 'pattern: regex'");
                }
                rule.finish();
                filters.put(e.key(), new SourceMapping.RowFilter(in, pattern));
            }
        });
        java.util.Set<String> passThrough = new java.util.LinkedHashSet<>();
        root.list("pass-through").ifPresent(l -> l.forEach(c -> {
            if (!values.containsKey(c.text())) {
                problems.add(mappingFile, c.line(), Problem.Kind.UNKNOWN_VALUE, "pass-through column '" + c.text()
                        + "' has no value map under values" + Suggestions.didYouMean(c.text(), values.keySet())
                        + "; expected one of " + values.keySet());
            }
            passThrough.add(c.text());
        }));
        Optional<SourceMapping.Unpivot> unpivot = root.mapping("unpivot", "unpivot").map(u -> unpivot(u, columnNames));
        SourceMapping.Provenance provenance = new SourceMapping.Provenance(root.text("source", ""),
                root.text("as_of", ""), root.text("licence", ""));
        root.finish();
        DataException.throwIfAny(problems);
        SourceMapping.Rules rules = new SourceMapping.Rules(passThrough, unpivot, provenance);
        List<SourceMapping> result = new java.util.ArrayList<>();
        for (Path file : files) {
            result.add(new SourceMapping(dataset, file, mappingFile, delimiter, charset, columns, values, constants,
                    filters, rules));
        }
        return result;
    }

    /** The unpivot section: the wide columns by list or pattern, and the two schema columns they fill. */
    private static SourceMapping.Unpivot unpivot(KeyReader u, List<String> columnNames) {
        List<String> wide = u.list("columns").map(l -> l.stream().map(YamlNode.Scalar::text).toList())
                .orElse(List.of());
        Optional<Pattern> pattern = Optional.empty();
        Optional<String> regex = u.text("pattern");
        if (regex.isPresent()) {
            try {
                pattern = Optional.of(Pattern.compile(regex.get()));
            } catch (PatternSyntaxException ex) {
                u.problem("pattern", Problem.Kind.UNKNOWN_VALUE, "pattern '" + regex.get() + "' ("
                        + ex.getDescription() + "), expected a Java regular expression");
            }
        }
        if (wide.isEmpty() && regex.isEmpty()) {
            u.problems().add(u.file(), u.line(), Problem.Kind.MISSING_KEY, "an unpivot needs 'columns: [names]' or "
                    + "'pattern: regex' naming the wide columns");
        }
        String name = schemaColumnOf(u, "name", columnNames);
        String value = schemaColumnOf(u, "value", columnNames);
        u.finish();
        return new SourceMapping.Unpivot(wide, pattern, name, value);
    }

    private static String schemaColumnOf(KeyReader u, String key, List<String> columnNames) {
        Optional<String> column = u.required(key);
        if (column.isPresent() && !columnNames.contains(column.get())) {
            u.unknownValue("column", u.valueLine(key), column.get(), columnNames);
        }
        return column.orElse("");
    }

    /** Whether {@code e} names a column of the schema; if not, a problem with the closest column. */
    private static boolean schemaColumn(KeyReader section, YamlNode.Entry e, List<String> columnNames,
            DatasetSchema schema) {
        if (columnNames.contains(e.key())) {
            return true;
        }
        section.problems().add(section.file(), e.keyLine(), Problem.Kind.UNKNOWN_VALUE, "unknown column '" + e.key()
                + "' under " + section.where() + Suggestions.didYouMean(e.key(), columnNames)
                + "; expected a column of dataset '" + schema.name() + "': " + columnNames);
        return false;
    }

    private static Optional<Character> delimiter(KeyReader root) {
        String spec = root.text("delimiter", "auto");
        return switch (spec) {
            case "auto" -> Optional.empty();
            case ",", ";", "|" -> Optional.of(spec.charAt(0));
            case "\t", "\\t", "tab" -> Optional.of('\t');
            default -> {
                root.problem("delimiter", Problem.Kind.UNKNOWN_VALUE, "delimiter '" + spec
                        + "', expected ',', ';', '|', tab or auto");
                yield Optional.empty();
            }
        };
    }

    private static Charset charset(KeyReader root, Charset fallback) {
        String name = root.text("encoding", fallback.name());
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            root.problem("encoding", Problem.Kind.UNKNOWN_VALUE, "encoding '" + name + "', expected a charset name "
                    + "such as UTF-8 or windows-1252");
            return fallback;
        }
    }
}
