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
        Optional<SourceMapping.Query> query = query(root, mappingFile);
        if (query.isPresent()) {
            if (root.has("file")) {
                root.problem("file", Problem.Kind.INAPPLICABLE_KEY, "both 'file:' and 'jdbc:' in one mapping, expected "
                        + "one source: a file, or a database query");
            }
            files.add(mappingFile.toAbsolutePath().normalize());
        } else if (!root.has("file")) {
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
                } else if (n.text().toLowerCase(java.util.Locale.ROOT).endsWith(".xls")) {
                    problems.add(mappingFile, n.line(), Problem.Kind.FILE, "file '" + n.text() + "' is an Excel "
                            + "97–2003 workbook, expected an .xlsx workbook (save it as .xlsx) or a CSV file");
                }
                files.add(f);
            }
        });
        boolean workbooks = !files.isEmpty() && query.isEmpty() && files.stream().allMatch(MappingLoader::workbook);
        if (!files.isEmpty() && query.isEmpty() && !workbooks && files.stream().anyMatch(MappingLoader::workbook)) {
            root.problem("file", Problem.Kind.FILE, "a mix of .xlsx workbooks and CSV files, expected files of one "
                    + "kind in one mapping (write a mapping for each)");
        }
        Optional<SourceMapping.SheetArea> sheet = workbooks ? Optional.of(sheetArea(root)) : Optional.empty();
        if (!workbooks) {
            for (String key : List.of("sheet", "header-row", "range")) {
                root.appliesElsewhere(key, "to a mapping whose file is an .xlsx workbook");
            }
        }
        Optional<Character> delimiter = workbooks || query.isPresent() ? Optional.empty() : delimiter(root);
        Charset charset = workbooks || query.isPresent() ? defaultCharset : charset(root, defaultCharset);
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
        SourceMapping.Rules rules = new SourceMapping.Rules(passThrough, unpivot, provenance, sheet, query);
        List<SourceMapping> result = new java.util.ArrayList<>();
        for (Path file : files) {
            result.add(new SourceMapping(dataset, file, mappingFile, delimiter, charset, columns, values, constants,
                    filters, rules));
        }
        return result;
    }

    private static boolean workbook(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Where a workbook's data is: {@code sheet:} (default: the first), and either
     * {@code header-row:} (default 1) or {@code range:} such as {@code B3:H2000} (header in its
     * first row; an open end such as {@code B3:H} reads to the sheet's end).
     */
    private static SourceMapping.SheetArea sheetArea(KeyReader root) {
        Optional<String> sheet = root.text("sheet").map(String::strip).filter(t -> !t.isEmpty());
        java.util.OptionalInt headerRow = root.wholeNumber("header-row", 1);
        Optional<String> range = root.text("range");
        if (range.isEmpty()) {
            return new SourceMapping.SheetArea(sheet, headerRow.orElse(1), 1, 0, 0);
        }
        if (headerRow.isPresent()) {
            root.problem("header-row", Problem.Kind.INAPPLICABLE_KEY, "both 'header-row:' and 'range:', expected "
                    + "one: the range's first row is its header");
        }
        java.util.regex.Matcher m = Pattern.compile("([A-Za-z]{1,3})(\\d+)(?::([A-Za-z]{1,3})(\\d*))?")
                .matcher(range.get().strip().replace("$", ""));
        if (!m.matches() || Long.parseLong(m.group(2)) < 1) {
            root.problem("range", Problem.Kind.UNKNOWN_VALUE, "range '" + range.get() + "', expected cells such as "
                    + "B3:H2000 (the header in row 3, columns B to H) or B3:H (to the sheet's end)");
            return new SourceMapping.SheetArea(sheet, 1, 1, 0, 0);
        }
        int first = letters(m.group(1));
        int last = m.group(3) == null ? 0 : letters(m.group(3));
        long top = Long.parseLong(m.group(2));
        long bottom = m.group(4) == null || m.group(4).isEmpty() ? 0 : Long.parseLong(m.group(4));
        if (last > 0 && last < first || bottom > 0 && bottom <= top) {
            root.problem("range", Problem.Kind.UNKNOWN_VALUE, "range '" + range.get() + "' that ends before it "
                    + "begins, expected its top-left cell first (the header row) and at least one row under it");
        }
        return new SourceMapping.SheetArea(sheet, (int) Math.min(top, Integer.MAX_VALUE), first, last, bottom);
    }

    private static int letters(String column) {
        int c = 0;
        for (char ch : column.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            c = c * 26 + (ch - 'A' + 1);
        }
        return c;
    }

    /**
     * A database source: {@code jdbc:} (a URL without credentials), {@code query:} (one SELECT),
     * {@code user-env:} and {@code password-env:} (names of environment variables),
     * {@code timeout-seconds:} (default 60) and {@code fetch-size:} (default 1000). A password or
     * user written into the mapping is refused, its value never repeated.
     */
    private static Optional<SourceMapping.Query> query(KeyReader root, Path mappingFile) {
        for (String secret : List.of("password", "user", "username")) {
            if (root.forbidden(secret)) {
                root.problems().add(mappingFile, root.lineOf(secret), Problem.Kind.UNKNOWN_KEY, "a " + secret
                        + " written in the mapping; expected credentials only from the environment: write '"
                        + (secret.equals("password") ? "password" : "user") + "-env: NAME' and set NAME when the run "
                        + "starts (the value is not repeated here)");
            }
        }
        if (!root.has("jdbc")) {
            for (String key : List.of("query", "user-env", "password-env", "timeout-seconds", "fetch-size")) {
                root.appliesElsewhere(key, "to a mapping that reads a database ('jdbc:')");
            }
            return Optional.empty();
        }
        String url = root.text("jdbc", "").strip();
        if (!url.startsWith("jdbc:postgresql:")) {
            root.problem("jdbc", Problem.Kind.UNKNOWN_VALUE, "jdbc URL '" + JdbcUrls.withoutSecrets(url)
                    + "', expected a PostgreSQL URL such as jdbc:postgresql://host:5432/database");
        } else if (JdbcUrls.holdsSecret(url)) {
            root.problem("jdbc", Problem.Kind.UNKNOWN_VALUE, "a jdbc URL that holds a password or user ("
                    + JdbcUrls.withoutSecrets(url) + "), expected the URL without credentials and 'user-env:' and "
                    + "'password-env:' naming the environment variables that hold them");
        }
        Optional<String> sql = root.required("query").map(String::strip);
        Optional<String> user = root.text("user-env").map(String::strip);
        Optional<String> password = root.text("password-env").map(String::strip);
        for (Optional<String> name : List.of(user, password)) {
            if (name.isPresent() && !name.get().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                root.problem(name == user ? "user-env" : "password-env", Problem.Kind.UNKNOWN_VALUE, "'"
                        + name.get() + "', expected the name of an environment variable (letters, digits and _)");
            }
        }
        int timeout = root.wholeNumber("timeout-seconds", 1).orElse(60);
        int fetch = root.wholeNumber("fetch-size", 1).orElse(1000);
        return Optional.of(new SourceMapping.Query(url, sql.orElse(""), user, password,
                java.time.Duration.ofSeconds(timeout), fetch));
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
