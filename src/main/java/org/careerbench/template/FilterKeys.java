package org.careerbench.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerbench.data.SalaryDimension;
import org.careerbench.diagnostics.Problem;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.handwritten.YamlNode;

/**
 * Conditions on salaries columns as a template writes them — a block's {@code filter}, the
 * population of {@code parameters} — each column checked against the salaries schema, each
 * condition at its line.
 */
final class FilterKeys {
    /** The salaries columns by the name templates write them. */
    static final java.util.Map<String, SalaryDimension> COLUMNS = columns();

    private FilterKeys() {
    }

    private static java.util.Map<String, SalaryDimension> columns() {
        java.util.Map<String, SalaryDimension> m = new java.util.LinkedHashMap<>();
        java.util.Arrays.stream(SalaryDimension.values()).forEach(d -> m.put(d.column(), d));
        return m;
    }

    /** The block's {@code filter}: salaries columns to one value or a list of values. */
    static FilterSpec of(KeyReader r) {
        Optional<KeyReader> map = r.mapping("filter", "the filter");
        if (map.isEmpty()) {
            return FilterSpec.NONE;
        }
        return conditions(map.get(), "filter");
    }

    /** Conditions from a mapping of salaries columns to values (a filter, or the template's population). */
    static FilterSpec conditions(KeyReader map, String what) {
        List<FilterSpec.Condition> conditions = new ArrayList<>();
        for (YamlNode.Entry e : map.entries()) {
            SalaryDimension d = COLUMNS.get(e.key());
            if (d == null) {
                map.problems().add(map.file(), e.keyLine(), Problem.Kind.UNKNOWN_VALUE, "unknown salaries column '"
                        + e.key() + "' in " + what + org.careerbench.diagnostics.Suggestions.didYouMean(e.key(), COLUMNS.keySet())
                        + "; expected one of " + List.copyOf(COLUMNS.keySet()));
                continue;
            }
            map.scalars(e.key(), e.value()).ifPresent(values -> conditions.add(new FilterSpec.Condition(d,
                    values.stream().map(YamlNode.Scalar::text).toList(), e.keyLine())));
        }
        return new FilterSpec(conditions);
    }
}
