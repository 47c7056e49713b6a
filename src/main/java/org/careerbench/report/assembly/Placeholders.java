package org.careerbench.report.assembly;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TextRun;
import org.careerbench.report.ValueFormat;
import org.careerbench.report.ValueType;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Suggestions;

/**
 * Fills prose with computed figures.
 *
 * <ul>
 *   <li>{@code {{ id }}} — a figure formatted by its type ("$195,371", "8.5%", "156");</li>
 *   <li>{@code {{ id | format }}} — with a format: {@code currency}, {@code percent},
 *       {@code thousands} ("$195k"), {@code number}, {@code integer};</li>
 *   <li>{@code {{#if id}} … {{/if}}} — the text between only when the figure is published
 *       (not withheld); {@code {{#unless id}} … {{/unless}}} only when it is withheld.</li>
 * </ul>
 * {@code title}, {@code field} and {@code period} are always available. A name that refers to
 * nothing, an unknown format or an unclosed condition is a problem at the paragraph's line.
 */
final class Placeholders {
    static final List<String> FORMATS = List.of("currency", "percent", "thousands", "number", "integer");
    private static final Pattern TOKEN = Pattern.compile(
            "\\{\\{\\s*(?:(#if|#unless)\\s+([A-Za-z][A-Za-z0-9_]*)|(/if|/unless)|([A-Za-z][A-Za-z0-9_]*)"
                    + "(?:\\s*\\|\\s*([A-Za-z]+)(?::(\\d))?)?)\\s*}}");

    private final Map<String, KeyFigure> figures;
    private final Map<String, String> builtins;
    private final Set<String> declared;
    private final Path file;
    private final ValueFormat format;

    /**
     * @param declared every figure id the template writes, including figures with mistakes: a
     *                 placeholder naming one of those is not a further mistake
     */
    Placeholders(Map<String, KeyFigure> figures, Map<String, String> builtins, Set<String> declared, Path file,
            ValueFormat format) {
        this.format = format;
        this.figures = Map.copyOf(figures);
        this.builtins = Map.copyOf(builtins);
        this.declared = Set.copyOf(declared);
        this.file = file;
    }

    /** The runs with every placeholder filled and every condition resolved. */
    List<TextRun> fill(List<TextRun> runs, int line) throws BlockProblem {
        List<TextRun> out = new ArrayList<>(runs.size());
        List<String> open = new ArrayList<>();
        int skipping = 0;
        for (TextRun run : runs) {
            Matcher m = TOKEN.matcher(run.text());
            StringBuilder s = new StringBuilder();
            int at = 0;
            while (m.find()) {
                if (skipping == 0) {
                    s.append(run.text(), at, m.start());
                }
                at = m.end();
                if (m.group(1) != null) {
                    KeyFigure f = figure(m.group(2), line);
                    boolean published = f.value() instanceof Number;
                    boolean include = m.group(1).equals("#if") == published;
                    open.add(m.group(1).substring(1));
                    if (skipping > 0 || !include) {
                        skipping++;
                    }
                } else if (m.group(3) != null) {
                    String kind = m.group(3).substring(1);
                    if (open.isEmpty() || !open.get(open.size() - 1).equals(kind)) {
                        throw new BlockProblem(new Problem(file, line, Problem.Kind.UNKNOWN_VALUE, "{{" + m.group(3) + "}} closes nothing, expected it "
                                + "after a {{#" + kind + " …}}"));
                    }
                    open.remove(open.size() - 1);
                    if (skipping > 0) {
                        skipping--;
                    }
                } else if (skipping == 0) {
                    s.append(value(m.group(4), m.group(5), m.group(6), line));
                }
            }
            if (skipping == 0) {
                s.append(run.text().substring(at));
            }
            if (!s.isEmpty()) {
                out.add(run.withText(s.toString()));
            }
        }
        if (!open.isEmpty()) {
            throw new BlockProblem(new Problem(file, line, Problem.Kind.UNKNOWN_VALUE, "{{#" + open.get(open.size() - 1) + " …}} is not closed, expected "
                    + "{{/" + open.get(open.size() - 1) + "}} in the same paragraph"));
        }
        return out;
    }

    private KeyFigure figure(String id, int line) throws BlockProblem {
        KeyFigure f = figures.get(id);
        if (f == null && declared.contains(id)) {
            // Its own mistake is already reported; the report will not be published.
            return new KeyFigure(id, "", Suppressed.VALUE, ValueType.TEXT, "", "");
        }
        if (f == null) {
            throw new BlockProblem(new Problem(file, line, Problem.Kind.UNKNOWN_VALUE, "placeholder {{ " + id + " }} refers to nothing"
                    + Suggestions.didYouMean(id, names()) + "; expected a figure id or one of title, field, period"));
        }
        return f;
    }

    private String value(String id, String format, String decimals, int line) throws BlockProblem {
        if (builtins.containsKey(id) && format == null) {
            return builtins.get(id);
        }
        KeyFigure f = figure(id, line);
        if (format == null) {
            return f.formatted(this.format);
        }
        if (!FORMATS.contains(format)) {
            throw new BlockProblem(new Problem(file, line, Problem.Kind.UNKNOWN_VALUE, "unknown format '" + format + "' in {{ " + id + " | " + format
                    + " }}" + Suggestions.didYouMean(format, FORMATS) + "; expected one of " + FORMATS));
        }
        if (decimals != null && !format.equals("percent") && !format.equals("number")) {
            throw new BlockProblem(new Problem(file, line, Problem.Kind.UNKNOWN_VALUE, "{{ " + id + " | " + format + ":"
                    + decimals + " }}: only percent and number take a count of decimals, e.g. {{ " + id
                    + " | percent:2 }}"));
        }
        if (!(f.value() instanceof Number n)) {
            return f.formatted(this.format);
        }
        double v = n.doubleValue();
        if (decimals != null) {
            int d = Integer.parseInt(decimals);
            return format.equals("percent") ? this.format.percent(v, d) : this.format.fixed(v, d);
        }
        String currency = f.currency().isEmpty() ? "USD" : f.currency();
        return switch (format) {
            case "currency" -> this.format.format(v, ValueType.MONEY, currency);
            case "percent" -> this.format.format(v, ValueType.PERCENT, "");
            case "integer" -> this.format.format(v, ValueType.INTEGER, "");
            case "number" -> this.format.format(v, ValueType.DECIMAL, "");
            default -> this.format.thousands(v, f.type() == ValueType.MONEY ? currency : "");
        };
    }

    private Set<String> names() {
        Set<String> names = new LinkedHashSet<>(figures.keySet());
        names.addAll(builtins.keySet());
        return names;
    }
}
