package org.careerbench.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careerbench.data.SalaryDimension;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.handwritten.YamlNode;
import org.careerbench.stats.Statistic;

/**
 * The typed values of a block's keys, each read through its {@link KeyReader} so that a wrong
 * value is a problem at its line: the salaries columns of {@code rows}, the statistics, a table
 * name, a sort, a positioning block's areas, a pay gap's parts, rules and justified categories.
 * Stateless.
 */
final class BlockKeys {
    /** The statistics a block may name, by the word a template writes ("p50", "mean"). */
    static final Map<String, Statistic> STATISTICS = vocabulary(Statistic.values());

    private BlockKeys() {
    }

    static ChartSpec.Axes axes(KeyReader r) {
        return new ChartSpec.Axes(r.text("category-axis", ""), r.text("value-axis", ""));
    }

    /** A table name: letters, digits and '_', starting with a letter (valid as an Excel Table name). */
    static String tableName(KeyReader r, String key, String fallback) {
        Optional<String> v = r.text(key);
        if (v.isPresent() && !v.get().matches("[A-Za-z][A-Za-z0-9_]{0,200}")) {
            r.problem(key, Problem.Kind.UNKNOWN_VALUE, key + " '" + v.get() + "' in " + r.where()
                    + " must be letters, digits and '_', starting with a letter");
            return fallback == null ? "" : fallback;
        }
        return v.orElse(fallback == null ? "" : fallback);
    }

    /** The salaries columns of {@code rows}, one value or a list. */
    static List<SalaryDimension> dimensions(KeyReader r, List<SalaryDimension> fallback) {
        return dimensions(r, "rows", fallback);
    }

    /** The salaries columns key {@code key} lists, each known; {@code fallback} when it is not written. */
    static List<SalaryDimension> dimensions(KeyReader r, String key, List<SalaryDimension> fallback) {
        Optional<List<YamlNode.Scalar>> items = r.list(key);
        if (items.isEmpty()) {
            return fallback;
        }
        List<SalaryDimension> result = new ArrayList<>();
        for (YamlNode.Scalar s : items.get()) {
            SalaryDimension d = FilterKeys.COLUMNS.get(s.text());
            if (d == null) {
                r.problems().add(r.file(), s.line(), Problem.Kind.UNKNOWN_VALUE, "unknown salaries column '" + s.text()
                        + "' in " + key + org.careerbench.diagnostics.Suggestions.didYouMean(s.text(), FilterKeys.COLUMNS.keySet())
                        + " of " + r.where() + "; expected one of " + List.copyOf(FilterKeys.COLUMNS.keySet()));
            } else {
                result.add(d);
            }
        }
        return result.isEmpty() ? fallback : result;
    }

    static List<Statistic> statistics(KeyReader r, List<Statistic> fallback) {
        r.renamed("statistic", "statistics");
        Optional<List<YamlNode.Scalar>> items = r.list("statistics");
        if (items.isEmpty()) {
            return fallback;
        }
        List<Statistic> result = new ArrayList<>();
        for (YamlNode.Scalar s : items.get()) {
            Statistic st = STATISTICS.get(s.text());
            if (st == null) {
                r.unknownValue("statistic", s.line(), s.text(), STATISTICS.keySet());
            } else {
                result.add(st);
            }
        }
        return result.isEmpty() ? fallback : result;
    }

    /** The single item of a list that takes exactly one. */
    static <T> T one(KeyReader r, String key, List<T> items, T fallback) {
        if (items.size() != 1) {
            r.problem(key, Problem.Kind.WRONG_TYPE, "'" + key + "' in " + r.where() + " takes exactly one value, found "
                    + items.size());
            return fallback;
        }
        return items.get(0);
    }

    /** A pay gap table's parts, by the word a template writes after {@code show:}. */
    static final Map<String, TableSpec.PayGap.Part> PAY_GAP_PARTS = Map.of("summary", TableSpec.PayGap.Part.SUMMARY,
            "quartiles", TableSpec.PayGap.Part.QUARTILES, "categories", TableSpec.PayGap.Part.CATEGORIES,
            "workers", TableSpec.PayGap.Part.WORKERS);

    /** Whose rules a pay gap follows, by the word a template writes after {@code rules:}. */
    static final Map<String, org.careerbench.stats.PayGaps.Rules> PAY_GAP_RULES = Map.of(
            "eu", org.careerbench.stats.PayGaps.Rules.EU, "uk", org.careerbench.stats.PayGaps.Rules.UK);

    /** Categories of worker whose gap the employer justifies, each with the justification. */
    static Map<String, String> justified(KeyReader r) {
        Map<String, String> justified = new LinkedHashMap<>();
        r.mapping("justified", "the justified categories of " + r.where()).ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                if (e.value() instanceof YamlNode.Scalar s && !s.text().isBlank()) {
                    justified.put(e.key(), s.text().strip());
                } else {
                    m.problems().add(m.file(), e.value().line(), Problem.Kind.WRONG_TYPE, "category '" + e.key()
                            + "' must map to the objective, gender-neutral reason for its gap, found "
                            + e.value().describe());
                }
            }
        });
        return justified;
    }

    /** A positioning block's {@code areas}: roster region to regional-differential area. */
    static Map<String, String> areas(KeyReader r) {
        Map<String, String> areas = new LinkedHashMap<>();
        r.mapping("areas", "the areas of " + r.where()).ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                if (e.value() instanceof YamlNode.Scalar s) {
                    areas.put(e.key(), s.text());
                } else {
                    m.problems().add(m.file(), e.value().line(), Problem.Kind.WRONG_TYPE, "roster region '" + e.key()
                            + "' must map to one area, found " + e.value().describe());
                }
            }
        });
        return areas;
    }

    static RowOrderSpec order(KeyReader r) {
        Optional<RowOrderSpec.Sort> sort = Optional.empty();
        Optional<String> written = r.text("sort").map(String::strip);
        if (written.isPresent()) {
            String[] parts = written.get().split("\\s+");
            String direction = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "asc";
            if (parts.length > 2 || !direction.matches("asc|desc|ascending|descending")) {
                r.problem("sort", Problem.Kind.UNKNOWN_VALUE, "sort '" + written.get() + "' in " + r.where()
                        + ", expected a column header then asc or desc, e.g. 'p50 desc'");
            } else {
                sort = Optional.of(new RowOrderSpec.Sort(parts[0], direction.startsWith("desc"), r.lineOf("sort")));
            }
        }
        return new RowOrderSpec(sort, r.wholeNumber("top", 1));
    }

    static KeyLines lines(KeyReader r) {
        return new KeyLines(r.line(), r.keyLines());
    }

    static KeyLines lines(KeyReader r, int fenceLine) {
        return new KeyLines(fenceLine, r.keyLines());
    }

    private static Map<String, Statistic> vocabulary(Statistic[] values) {
        Map<String, Statistic> m = new LinkedHashMap<>();
        Arrays.stream(values).forEach(s -> m.put(s.name().toLowerCase(Locale.ROOT), s));
        return m;
    }
}
