package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.template.FilterSpec;

/**
 * A conjunction of column = value (or column in [values]) conditions on salary observations,
 * as a template writes it: {@code filter: {level: Senior, country: [US, CA]}}.
 */
final class SalaryFilter implements Predicate<SalaryObservation> {

    static final SalaryFilter ALL = new SalaryFilter(Map.of());

    private final Map<SalaryDimension, List<String>> conditions;
    // The same conditions as arrays: test() runs once per observation per population and selection.
    private final SalaryDimension[] columns;
    private final String[][] allowed;

    SalaryFilter(Map<SalaryDimension, List<String>> conditions) {
        this.conditions = Map.copyOf(conditions);
        this.columns = this.conditions.keySet().toArray(SalaryDimension[]::new);
        this.allowed = new String[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            allowed[i] = this.conditions.get(columns[i]).toArray(String[]::new);
        }
    }

    /** The conditions: per column, the values it may have. */
    Map<SalaryDimension, List<String>> conditions() {
        return conditions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SalaryFilter f && f.conditions.equals(conditions);
    }

    @Override
    public int hashCode() {
        return conditions.hashCode();
    }

    /** The filter a template wrote. */
    static SalaryFilter of(FilterSpec spec) {
        Map<SalaryDimension, List<String>> conditions = new LinkedHashMap<>();
        for (FilterSpec.Condition c : spec.conditions()) {
            conditions.put(c.column(), c.values());
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
        for (int c = 0; c < columns.length; c++) {
            String value = columns[c].valueOf(o);
            String[] values = allowed[c];
            // Lists here are short (a value or a few); a loop beats building a set.
            boolean found = false;
            for (int i = 0; i < values.length && !found; i++) {
                found = values[i].equals(value);
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
