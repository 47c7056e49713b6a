package org.careerbench.template;

import java.util.List;
import org.careerbench.data.SalaryDimension;

/**
 * A block's {@code filter}: salaries columns, each equal to one of its values. Immutable; empty
 * for no filter.
 *
 * @param conditions in the order written
 */
public record FilterSpec(List<Condition> conditions) {
    /** No filter. */
    public static final FilterSpec NONE = new FilterSpec(List.of());

    public FilterSpec {
        conditions = List.copyOf(conditions);
    }

    /** Whether the filter selects everything. */
    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /**
     * One {@code column: value} or {@code column: [values]}.
     *
     * @param line the line the column is written on
     */
    public record Condition(SalaryDimension column, List<String> values, int line) {
        public Condition {
            values = List.copyOf(values);
        }
    }
}
