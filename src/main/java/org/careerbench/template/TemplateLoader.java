package org.careerbench.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads report templates: a YAML front matter between {@code ---} lines, then Markdown.
 *
 * <p>Contract: returns a {@link TemplateSpec} whose structure is valid (known keys, known
 * block kinds, well-formed YAML, at least one section), or throws a
 * {@link TemplateException} naming the file and line. Whether a block's dataset, columns
 * and statistics exist is checked later, against the data.
 */
public final class TemplateLoader {
    static final List<String> FRONT_MATTER_KEYS = List.of(
            "title", "subtitle", "field", "format", "output", "theme", "parameters", "language", "pdf-a", "burst-by");
    static final List<String> PARAMETER_KEYS = List.of("currency", "population", "level-order", "suppression", "aging",
            "pay");
    static final List<String> PAY_ELEMENTS = List.of("base", "total-cash", "total-direct");

    private final ThemeLoader themes = new ThemeLoader();

    /** Every template in {@code folder}: the {@code *.md} files except {@code README.md}, by name. */
    public List<TemplateSpec> loadAll(Path folder) throws TemplateException, IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new TemplateException(folder, 0, "found no templates, expected at least one *.md file");
        }
        List<TemplateSpec> specs = new ArrayList<>();
        for (Path f : files) {
            specs.add(load(f));
        }
        return specs;
    }

    /** Loads one template file. */
    public TemplateSpec load(Path file) throws TemplateException, IOException {
        List<String> lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new TemplateException(file, 1, "expected '---' opening the front matter");
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end == lines.size()) {
            throw new TemplateException(file, 1, "front matter is not closed, expected a second '---' line");
        }
        FrontMatter front = FrontMatter.parse(file, 2, String.join("\n", lines.subList(1, end)));
        front.requireKnownKeys(front.values(), FRONT_MATTER_KEYS, "the front matter");
        String title = required(front, "title");
        Object formatSpec = front.values().getOrDefault("format", "pdf");
        List<String> formatNames = formatSpec instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(formatSpec));
        List<OutputFormat> formats = new ArrayList<>();
        for (String formatName : formatNames) {
            formats.add(OutputFormat.byName(formatName).orElseThrow(() -> new TemplateException(file,
                    front.lineOf("format"), "unknown format '" + formatName + "', expected pdf or xlsx")));
        }
        if (formats.isEmpty() || formats.size() != formats.stream().distinct().count()) {
            throw new TemplateException(file, front.lineOf("format"), "format " + formatNames
                    + ", expected pdf, xlsx or [pdf, xlsx], each once");
        }
        OutputFormat format = formats.get(0);
        String output = front.text("output", file.getFileName().toString().replaceFirst("\\.md$", ""));
        if (!output.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new TemplateException(file, front.lineOf("output"), "output '" + output
                    + "' is not a safe file name, expected letters, digits, '.', '_' or '-'");
        }
        Path themeFile = file.resolveSibling(front.text("theme", "theme.yaml"));
        Theme theme = themes.load(themeFile);
        TemplateParameters parameters = parameters(front);
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        List<SectionSpec> sections = new MarkdownBody(file, end + 2).sections(body);
        String language = front.text("language", "en");
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new TemplateException(file, front.lineOf("language"), "language '" + language
                    + "', expected a language tag such as en or en-GB");
        }
        String archival = front.text("pdf-a", "false");
        if (!archival.equals("true") && !archival.equals("false")) {
            throw new TemplateException(file, front.lineOf("pdf-a"), "pdf-a '" + archival + "', expected true or false");
        }
        return new TemplateSpec(file, title, front.text("subtitle", ""), front.text("field", ""), format,
                output, theme, parameters, sections, language, archival.equals("true"), front.text("burst-by", ""),
                formats);
    }

    private static String required(FrontMatter front, String key) throws TemplateException {
        String v = front.text(key, "").strip();
        if (v.isEmpty()) {
            throw new TemplateException(front.file(), front.firstLine(), "missing '" + key + ":' in the front matter");
        }
        return v;
    }

    private static TemplateParameters parameters(FrontMatter front) throws TemplateException {
        Map<String, Object> p = front.mapping(front.values(), "parameters");
        front.requireKnownKeys(p, PARAMETER_KEYS, "parameters");
        Map<String, String> population = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : front.mapping(p, "population").entrySet()) {
            population.put(e.getKey(), String.valueOf(e.getValue()));
        }
        Object order = p.getOrDefault("level-order", List.of());
        if (!(order instanceof List<?> levels)) {
            throw new TemplateException(front.file(), front.lineOf("level-order"),
                    "'level-order' must be a list such as [Entry, Mid, Senior], found " + FrontMatter.describe(order));
        }
        Map<String, Object> suppression = front.mapping(p, "suppression");
        front.requireKnownKeys(suppression, List.of("central", "tails", "organisation-share"), "suppression");
        int central = positive(front, suppression, "central", 5);
        int tails = positive(front, suppression, "tails", 10);
        if (tails < central) {
            throw new TemplateException(front.file(), front.lineOf("tails"), "suppression tails (" + tails
                    + ") must be at least central (" + central + ")");
        }
        double share = fraction(front, suppression, "organisation-share", 0.25, 0, 1);
        Map<String, Object> aging = front.mapping(p, "aging");
        front.requireKnownKeys(aging, List.of("method", "rate", "effective-date"), "aging");
        String method = front.text(aging, "method", "compound");
        if (!List.of("compound", "simple", "none").contains(method)) {
            throw new TemplateException(front.file(), front.lineOf("method"), "aging method '" + method
                    + "', expected compound, simple or none");
        }
        double rate = fraction(front, aging, "rate", 0.03, -0.5, 0.5);
        String effective = front.text(aging, "effective-date", "");
        if (!effective.isEmpty()) {
            try {
                java.time.LocalDate.parse(effective);
            } catch (java.time.format.DateTimeParseException e) {
                throw new TemplateException(front.file(), front.lineOf("effective-date"), "effective-date '" + effective
                        + "', expected a date such as 2026-11-01 (or leave it out for the period's first day)");
            }
        }
        String pay = front.text(p, "pay", "base");
        if (!PAY_ELEMENTS.contains(pay)) {
            throw new TemplateException(front.file(), front.lineOf("pay"), "pay element '" + pay + "'"
                    + Suggestions.didYouMean(pay, PAY_ELEMENTS) + ", expected one of " + PAY_ELEMENTS);
        }
        return new TemplateParameters(front.text(p, "currency", "USD"), population,
                levels.stream().map(String::valueOf).toList(), central, tails, share, method, rate, effective, pay);
    }

    private static double fraction(FrontMatter front, Map<String, Object> map, String key, double fallback,
            double min, double max) throws TemplateException {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && n.doubleValue() > min && n.doubleValue() <= max) {
            return n.doubleValue();
        }
        throw new TemplateException(front.file(), front.lineOf(key), "'" + key + "' must be a fraction such as 0.03 "
                + "(between " + min + " and " + max + "), found " + FrontMatter.describe(v));
    }

    private static int positive(FrontMatter front, Map<String, Object> map, String key, int fallback)
            throws TemplateException {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && n.intValue() >= 1 && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        throw new TemplateException(front.file(), front.lineOf(key), "'" + key + "' must be a whole number >= 1, found "
                + FrontMatter.describe(v));
    }
}
