package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careerbench.report.LiveValue;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableColumn;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.template.RowOrderSpec;

/**
 * A block's {@code sort} and {@code top}: {@code sort: p50 desc} orders rows by a column (its
 * header, case-insensitive; withheld and empty values last), {@code top: 5} keeps the first rows.
 */
final class RowOrder {
    private RowOrder() {
    }

    /**
     * The rows in the order asked for, cut to {@code top}.
     *
     * @throws BlockProblem when the sort column is not a header of the table, at the {@code sort:} line
     */
    static List<List<Object>> apply(RowOrderSpec order, List<List<Object>> rows, List<TableColumn> columns,
            BuildContext ctx) throws BlockProblem {
        List<List<Object>> result = new ArrayList<>(rows);
        if (order.sort().isPresent()) {
            RowOrderSpec.Sort sort = order.sort().get();
            List<String> headers = columns.stream().map(TableColumn::header).toList();
            int index = -1;
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).equalsIgnoreCase(sort.column())
                        || headers.get(i).replace(' ', '_').equalsIgnoreCase(sort.column())) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new BlockProblem(new Problem(ctx.file(), sort.line(), Problem.Kind.UNKNOWN_VALUE,
                        "sort by unknown column '" + sort.column() + "'" + Suggestions.didYouMean(sort.column(), headers)
                                + "; expected one of " + headers));
            }
            int column = index;
            Comparator<List<Object>> byValue = (a, b) -> compare(a.get(column), b.get(column));
            result.sort(sort.descending() ? (a, b) -> {
                boolean ma = missing(a.get(column));
                boolean mb = missing(b.get(column));
                return ma || mb ? Boolean.compare(ma, mb) : byValue.compare(b, a);
            } : byValue);
        }
        int top = order.top().orElse(Integer.MAX_VALUE);
        return top < result.size() ? result.subList(0, top) : result;
    }

    private static boolean missing(Object v) {
        return v == null || v == Suppressed.VALUE;
    }

    private static int compare(Object a, Object b) {
        if (missing(a) || missing(b)) {
            return Boolean.compare(missing(a), missing(b));
        }
        Object x = a instanceof LiveValue f ? f.cached() : a;
        Object y = b instanceof LiveValue f ? f.cached() : b;
        if (x instanceof Number n && y instanceof Number m) {
            return Double.compare(n.doubleValue(), m.doubleValue());
        }
        return String.valueOf(x).compareToIgnoreCase(String.valueOf(y));
    }
}
