package org.careerbench.report.build;

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
record SalaryFilter(Map<SalaryDimension, List<String>> conditions) implements Predicate<SalaryObservation> {

    static final SalaryFilter ALL = new SalaryFilter(Map.of());

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
