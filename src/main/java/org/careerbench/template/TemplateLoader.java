package org.careerbench.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Theme;
import org.careerbench.handwritten.Fence;
import org.careerbench.handwritten.HandWrittenFile;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.handwritten.YamlNode;
import org.careerbench.handwritten.YamlText;
import org.careerbench.stats.Aging;

/**
 * Loads report templates: a YAML front matter between {@code ---} lines, then Markdown.
 *
 * <p>Contract: every mistake of syntax and vocabulary — unknown or misplaced keys, wrong types,
 * unknown values, old spellings — is added to the caller's {@link Problems} at the line it is
 * written on, and loading carries on so that all of them are found in one pass. The specs
 * returned leave out the blocks that had mistakes. Whether the names a template uses exist in
 * the data is checked later, when reports are built.
 */
public final class TemplateLoader {
    private final ThemeLoader themes = new ThemeLoader();

    /**
     * Every template in {@code folder}: the {@code *.md} files except {@code README.md}, by name.
     *
     * @throws IOException when the folder or a file cannot be read
     */
    public List<TemplateSpec> loadAll(Path folder, Problems problems) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            problems.add(folder, 0, Problem.Kind.FILE, "found no templates, expected at least one *.md file");
        }
        List<TemplateSpec> specs = new ArrayList<>();
        for (Path f : files) {
            load(f, problems).ifPresent(specs::add);
        }
        return specs;
    }

    /**
     * Loads one template file, or throws every problem it has.
     *
     * @throws TemplateException listing each problem with its line
     * @throws IOException       when the file cannot be read
     */
    public TemplateSpec load(Path file) throws TemplateException, IOException {
        Problems problems = new Problems();
        Optional<TemplateSpec> spec = load(file, problems);
        if (!problems.isEmpty() || spec.isEmpty()) {
            throw new TemplateException(problems);
        }
        return spec.get();
    }

    /**
     * Loads one template file, adding its mistakes to {@code problems}; empty only when the file
     * has no front matter to read.
     *
     * @throws IOException when the file cannot be read
     */
    public Optional<TemplateSpec> load(Path file, Problems problems) throws IOException {
        Optional<String> text = HandWrittenFile.read(file, Fence.around(file), "a Markdown template", problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = text.get().lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(file, 1, Problem.Kind.SYNTAX, "expected '---' opening the front matter");
            return Optional.empty();
        }
        int end = 1;
        while (end < lines.size() && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end == lines.size()) {
            problems.add(file, 1, Problem.Kind.SYNTAX, "front matter is not closed, expected a second '---' line");
            return Optional.empty();
        }
        Optional<YamlNode> parsed = YamlText.parse(file, 2, String.join("\n", lines.subList(1, end)), problems);
        if (parsed.isEmpty()) {
            // Front matter that is not YAML has no keys to check: no false "missing 'title:'" after it.
            return Optional.empty();
        }
        YamlNode root = parsed.get();
        KeyReader front = KeyReader.of(file, root, "the front matter", problems);
        String title = front.required("title").orElse("").strip();
        String subtitle = front.text("subtitle", "");
        String field = front.text("field", "");
        List<OutputFormat> formats = formats(front);
        String output = front.text("output").orElse(file.getFileName().toString().replaceFirst("\\.md$", ""));
        if (!output.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            front.problem("output", Problem.Kind.UNKNOWN_VALUE, "output '" + output + "' is not a safe file name, "
                    + "expected letters, digits, '.', '_' or '-'");
            output = "report";
        }
        Path themeFile = file.resolveSibling(front.text("theme", "theme.yaml"));
        int themeLine = front.lineOf("theme");
        Theme theme = themes.load(themeFile, file, themeLine, problems);
        TemplateParameters parameters = parameters(front);
        String language = front.text("language", "en");
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            front.problem("language", Problem.Kind.UNKNOWN_VALUE, "language '" + language
                    + "', expected a language tag such as en or en-GB");
        }
        boolean archival = front.bool("pdf-a").orElse(false);
        Optional<SalaryDimension> burstBy = front.oneOf("burst-by", FilterKeys.COLUMNS);
        int burstMinimum = front.wholeNumber("burst-minimum", 1).orElse(parameters.minCentral());
        if (front.has("burst-minimum") && burstBy.isEmpty()) {
            front.problem("burst-minimum", Problem.Kind.INAPPLICABLE_KEY, "'burst-minimum' applies only with "
                    + "'burst-by'");
        }
        boolean strict = front.bool("strict").orElse(false);
        java.util.Map<String, org.careerbench.report.Audience> audiences = new java.util.LinkedHashMap<>();
        for (org.careerbench.report.Audience a : org.careerbench.report.Audience.values()) {
            audiences.put(a.word(), a);
        }
        org.careerbench.report.Audience audience = front.oneOf("audience", audiences)
                .orElse(org.careerbench.report.Audience.DEFAULT);
        KeyLines keyLines = new KeyLines(1, front.keyLines());
        front.finish();
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        MarkdownBody markdown = new MarkdownBody(file, end + 2, problems);
        List<SectionSpec> sections = markdown.sections(body);
        return Optional.of(TemplateSpec.builder(file, title, output, theme, parameters).heading(subtitle, field)
                .formats(formats).body(sections, markdown.figureIds())
                .language(language, archival, MessageOverrides.read(file, language, problems)).burstBy(burstBy)
                .lines(keyLines).run(new TemplateSpec.RunSettings(burstMinimum, strict, audience)).build());
    }

    private static List<OutputFormat> formats(KeyReader front) {
        Optional<List<YamlNode.Scalar>> written = front.list("format");
        if (written.isEmpty()) {
            return List.of(OutputFormat.PDF);
        }
        List<OutputFormat> formats = new ArrayList<>();
        for (YamlNode.Scalar s : written.get()) {
            Optional<OutputFormat> f = OutputFormat.byName(s.text());
            if (f.isEmpty()) {
                front.unknownValue("format", s.line(), s.text(), List.of("pdf", "xlsx"));
            } else if (formats.contains(f.get())) {
                front.problem("format", Problem.Kind.DUPLICATE, "format " + s.text() + " is listed twice, expected "
                        + "pdf, xlsx or [pdf, xlsx], each once");
            } else {
                formats.add(f.get());
            }
        }
        return formats.isEmpty() ? List.of(OutputFormat.PDF) : formats;
    }

    private static TemplateParameters parameters(KeyReader front) {
        KeyReader p = front.mapping("parameters", "parameters").orElse(KeyReader.of(front.file(),
                new YamlNode.Mapping(List.of(), front.line()), "parameters", front.problems()));
        String currency = p.text("currency", "USD");
        if (!currency.matches("[A-Z]{3}")) {
            p.problem("currency", Problem.Kind.UNKNOWN_VALUE, "currency '" + currency
                    + "', expected an ISO 4217 code such as USD or EUR");
        }
        FilterSpec population = p.mapping("population", "parameters.population")
                .map(m -> FilterKeys.conditions(m, "parameters.population")).orElse(FilterSpec.NONE);
        List<String> levels = p.list("level-order").map(l -> l.stream().map(YamlNode.Scalar::text).toList())
                .orElse(List.of());
        int central = 5;
        int tails = 10;
        double share = 0.25;
        Optional<KeyReader> suppression = p.mapping("suppression", "parameters.suppression");
        if (suppression.isPresent()) {
            KeyReader s = suppression.get();
            central = s.wholeNumber("central", 1).orElse(central);
            tails = s.wholeNumber("tails", 1).orElse(tails);
            share = s.number("organisation-share", 0, 1, "0.25").orElse(share);
            if (tails < central) {
                s.problem("tails", Problem.Kind.UNKNOWN_VALUE, "suppression tails (" + tails + ") must be at least "
                        + "central (" + central + ")");
            }
            s.finish();
        }
        Aging.Method method = Aging.Method.COMPOUND;
        double rate = 0.03;
        Optional<LocalDate> effective = Optional.empty();
        Optional<KeyReader> aging = p.mapping("aging", "parameters.aging");
        if (aging.isPresent()) {
            KeyReader a = aging.get();
            method = a.oneOf("method", agingMethods()).orElse(method);
            rate = a.number("rate", -0.5, 0.5, "0.03").orElse(rate);
            Optional<String> date = a.text("effective-date");
            if (date.isPresent()) {
                try {
                    effective = Optional.of(LocalDate.parse(date.get()));
                } catch (DateTimeParseException e) {
                    a.problem("effective-date", Problem.Kind.UNKNOWN_VALUE, "effective-date '" + date.get()
                            + "', expected a date such as 2026-11-01 (or leave it out for the period's first day)");
                }
            }
            a.finish();
        }
        PayElement pay = p.oneOf("pay", BlockParser.PAY).orElse(PayElement.BASE);
        ValueLabels labels = p.mapping("labels", "parameters.labels").map(TemplateLoader::labels)
                .orElse(ValueLabels.NONE);
        p.finish();
        return new TemplateParameters(currency, population, levels, central, tails, share, method, rate, effective,
                pay, labels);
    }

    /**
     * {@code parameters.labels}: per salaries column, per value, a label, or a mapping of
     * {@code label}, {@code plural} and {@code in}.
     */
    private static ValueLabels labels(KeyReader map) {
        Map<SalaryDimension, Map<String, ValueLabels.Label>> labels = new LinkedHashMap<>();
        for (YamlNode.Entry column : map.entries()) {
            SalaryDimension d = FilterKeys.COLUMNS.get(column.key());
            if (d == null) {
                map.problems().add(map.file(), column.keyLine(), Problem.Kind.UNKNOWN_VALUE, "unknown salaries column '"
                        + column.key() + "' in parameters.labels"
                        + org.careerbench.diagnostics.Suggestions.didYouMean(column.key(), FilterKeys.COLUMNS.keySet())
                        + "; expected one of " + List.copyOf(FilterKeys.COLUMNS.keySet()));
                continue;
            }
            if (!(column.value() instanceof YamlNode.Mapping values)) {
                map.problems().add(map.file(), column.value().line(), Problem.Kind.WRONG_TYPE, "labels of column '"
                        + column.key() + "' must map each value to its label, e.g. 'Senior: senior', found "
                        + column.value().describe());
                continue;
            }
            Map<String, ValueLabels.Label> byValue = new LinkedHashMap<>();
            for (YamlNode.Entry value : values.entries()) {
                if (value.value() instanceof YamlNode.Scalar s) {
                    byValue.put(value.key(), new ValueLabels.Label(s.text(), Optional.empty(), Optional.empty()));
                    continue;
                }
                KeyReader words = KeyReader.of(map.file(), value.value(), "the label of " + column.key() + " '"
                        + value.key() + "'", map.problems());
                String text = words.required("label").orElse(value.key());
                Optional<String> plural = words.text("plural");
                Optional<String> place = words.text("in");
                words.finish();
                byValue.put(value.key(), new ValueLabels.Label(text, plural, place));
            }
            labels.put(d, byValue);
        }
        return new ValueLabels(labels);
    }

    private static Map<String, Aging.Method> agingMethods() {
        Map<String, Aging.Method> m = new LinkedHashMap<>();
        Arrays.stream(Aging.Method.values()).forEach(a -> m.put(a.name().toLowerCase(java.util.Locale.ROOT), a));
        return m;
    }
}
