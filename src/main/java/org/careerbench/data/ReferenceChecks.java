package org.careerbench.data;

import org.careerbench.diagnostics.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks reference rows that parse but cannot be right: a range whose minimum is above its
 * maximum, the same key twice (two values for one market indicator and year). Each is a
 * problem at the offending row's file and line, naming the earlier row.
 */
final class ReferenceChecks {
    private ReferenceChecks() {
    }

    /** Each range's {@code min} at most its {@code max}. */
    static void rangesInOrder(List<DataRow> rows, List<Problem> problems) {
        for (DataRow r : rows) {
            double min = r.number("min");
            double max = r.number("max");
            if (min > max) {
                problems.add(Problem.inData(r.file(), r.line(), 0, "max", "max " + fmt(max) + " below min " + fmt(min)
                        + " (a negative spread)", "max at least min"));
            }
        }
    }

    /** No two rows with the same values in {@code key}. */
    static void uniqueKeys(List<DataRow> rows, List<String> key, String what, List<Problem> problems) {
        Map<List<String>, DataRow> seen = new HashMap<>();
        for (DataRow r : rows) {
            List<String> k = key.stream().map(r::text).toList();
            DataRow earlier = seen.putIfAbsent(k, r);
            if (earlier != null) {
                problems.add(Problem.inData(r.file(), r.line(), 0, "", "the same " + what + " as line "
                        + earlier.line() + " (" + String.join(", ", k.stream().filter(v -> !v.isEmpty()
                        && !v.equals("null")).toList()) + ")", "each " + what + " once, so that no figure is "
                        + "chosen at random"));
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%,.0f", v) : Double.toString(v);
    }
}
