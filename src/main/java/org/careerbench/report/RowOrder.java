package org.careerbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.careerbench.template.Suggestions;
import org.careerbench.template.TemplateException;

/**
 * A block's {@code sort} and {@code top}: {@code sort: p50 desc} orders rows by a column (its
 * header, case-insensitive; withheld and empty values last), {@code top: 5} keeps the first rows.
 */
final class RowOrder {
    private final BlockReader block;

    RowOrder(BlockReader block) {
        this.block = block;
    }

    /** The number of rows to keep; all when the block sets no {@code top}. */
    int top() throws TemplateException {
        String top = block.text("top", "");
        if (top.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        try {
            int n = Integer.parseInt(top);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw block.error("top '" + top + "' must be a whole number >= 1");
    }

    List<List<Object>> apply(List<List<Object>> rows, List<TableColumn> columns) throws TemplateException {
        List<List<Object>> result = new ArrayList<>(rows);
        String sort = block.text("sort", "").strip();
        if (!sort.isEmpty()) {
            String[] parts = sort.split("\\s+");
            List<String> headers = columns.stream().map(TableColumn::header).toList();
            int index = -1;
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).equalsIgnoreCase(parts[0]) || headers.get(i).replace(' ', '_')
                        .equalsIgnoreCase(parts[0])) {
                    index = i;
                }
            }
            if (index < 0) {
                throw block.error("sort", "sort by unknown column '" + parts[0] + "'" + Suggestions.didYouMean(parts[0], headers)
                        + "; expected one of " + headers);
            }
            boolean descending = parts.length > 1 && parts[1].toLowerCase(Locale.ROOT).startsWith("desc");
            if (parts.length > 1 && !parts[1].toLowerCase(Locale.ROOT).matches("asc|desc|ascending|descending")) {
                throw block.error("sort direction '" + parts[1] + "', expected asc or desc");
            }
            int column = index;
            Comparator<List<Object>> byValue = (a, b) -> compare(a.get(column), b.get(column));
            result.sort(descending ? (a, b) -> {
                boolean ma = missing(a.get(column));
                boolean mb = missing(b.get(column));
                return ma || mb ? Boolean.compare(ma, mb) : byValue.compare(b, a);
            } : byValue);
        }
        int top = top();
        return top < result.size() ? result.subList(0, top) : result;
    }

    private static boolean missing(Object v) {
        return v == null || v == Suppressed.VALUE;
    }

    private static int compare(Object a, Object b) {
        if (missing(a) || missing(b)) {
            return Boolean.compare(missing(a), missing(b));
        }
        Object x = a instanceof Formula f ? f.cached() : a;
        Object y = b instanceof Formula f ? f.cached() : b;
        if (x instanceof Number n && y instanceof Number m) {
            return Double.compare(n.doubleValue(), m.doubleValue());
        }
        return String.valueOf(x).compareToIgnoreCase(String.valueOf(y));
    }
}
