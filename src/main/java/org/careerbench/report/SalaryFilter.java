package org.careerbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.template.Suggestions;
import org.careerbench.template.TemplateException;

/**
 * A conjunction of column = value (or column in [values]) conditions on salary observations,
 * as a template writes it: {@code filter: {level: Senior, country: [US, CA]}}.
 */
record SalaryFilter(Map<SalaryDimension, List<String>> conditions) implements Predicate<SalaryObservation> {

    static final SalaryFilter ALL = new SalaryFilter(Map.of());

    /**
     * Parses a template's filter mapping.
     *
     * @throws TemplateException naming {@code file:line} when a column is not a salary dimension
     */
    static SalaryFilter parse(Object spec, Path file, int line) throws TemplateException {
        if (spec == null) {
            return ALL;
        }
        if (!(spec instanceof Map<?, ?> map)) {
            throw new TemplateException(file, line, "filter must be 'column: value' pairs, found '" + spec + "'");
        }
        Map<SalaryDimension, List<String>> conditions = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String column = String.valueOf(e.getKey());
            List<String> columns = java.util.Arrays.stream(SalaryDimension.values()).map(SalaryDimension::column).toList();
            SalaryDimension d = SalaryDimension.byColumn(column).orElseThrow(() -> new TemplateException(file, line,
                    "unknown salaries column '" + column + "' in filter" + Suggestions.didYouMean(column, columns)
                    + "; expected one of " + columns));
            List<String> values = new ArrayList<>();
            if (e.getValue() instanceof List<?> list) {
                list.forEach(v -> values.add(String.valueOf(v)));
            } else {
                values.add(String.valueOf(e.getValue()));
            }
            conditions.put(d, List.copyOf(values));
        }
        return new SalaryFilter(Map.copyOf(conditions));
    }

    /** Both filters' conditions; this one's win on a shared column. */
    SalaryFilter and(SalaryFilter other) {
        Map<SalaryDimension, List<String>> merged = new LinkedHashMap<>(other.conditions);
        merged.putAll(conditions);
        return new SalaryFilter(Map.copyOf(merged));
    }

    @Override
    public boolean test(SalaryObservation o) {
        for (Map.Entry<SalaryDimension, List<String>> c : conditions.entrySet()) {
            String value = c.getKey().valueOf(o);
            List<String> allowed = c.getValue();
            // Lists here are short (a value or a few); a loop beats building a set.
            boolean found = false;
            for (int i = 0; i < allowed.size() && !found; i++) {
                found = allowed.get(i).equals(value);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** "level = Senior; country = US", or "all observations". */
    String describe() {
        if (conditions.isEmpty()) {
            return "all observations";
        }
        List<String> parts = new ArrayList<>();
        conditions.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(c -> parts.add(c.getKey().column() + " = " + String.join(" or ", c.getValue())));
        return String.join("; ", parts);
    }
}
