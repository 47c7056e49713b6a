package org.careerbench.report.assembly;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careerbench.data.InputData;
import org.careerbench.data.SalaryDimension;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.template.FilterSpec;

/**
 * The values each salaries column takes anywhere in the data, so that a filter naming a value no
 * row has is reported rather than giving an empty table. Each column is scanned once, when first
 * asked about. Safe to share between the threads that build a run's templates.
 */
final class DataValues {
    private final InputData data;
    private final Map<SalaryDimension, Set<String>> values = new EnumMap<>(SalaryDimension.class);

    DataValues(InputData data) {
        this.data = data;
    }

    /**
     * The salary filter a template wrote, each value checked against the data. A value near one the
     * data has is a typo, refused with its suggestion; a value unlike any (a region with no rows this
     * period) is accepted, and the block shows its population empty — one thin region never costs
     * every report. {@link #absent} names those values.
     *
     * @param template the template file, for the problem's place
     * @param dataFile the salaries file as the user knows it
     * @throws BlockProblem at the condition's line when a value names none the data has, but one near it
     */
    SalaryFilter filter(FilterSpec spec, Path template, String dataFile) throws BlockProblem {
        absent(spec, template, dataFile);
        return SalaryFilter.of(spec);
    }

    /**
     * The values {@code spec} names that no row has, near none the data has, each with the data
     * warning that says so, in the order the template names them.
     *
     * @throws BlockProblem as {@link #filter} does
     */
    Map<String, String> absent(FilterSpec spec, Path template, String dataFile) throws BlockProblem {
        Map<String, String> absent = new java.util.LinkedHashMap<>();
        for (FilterSpec.Condition c : spec.conditions()) {
            Set<String> known = of(c.column());
            for (String v : c.values()) {
                if (known.contains(v)) {
                    continue;
                }
                String suggestion = Suggestions.didYouMean(v, known);
                if (suggestion.isEmpty() && !known.isEmpty()) {
                    absent.putIfAbsent(v, "no row of " + dataFile + " has " + c.column().column() + " '" + v
                            + "' this period; what " + template.getFileName() + " line " + c.line()
                            + " shows of it is empty");
                    continue;
                }
                List<String> some = known.stream().limit(12).toList();
                throw new BlockProblem(new Problem(template, c.line(), Problem.Kind.DATA_REFERENCE, "no row of "
                        + dataFile + " has " + c.column().column() + " '" + v + "'" + suggestion + "; values there: "
                        + some + (known.size() > some.size() ? " and " + (known.size() - some.size()) + " more" : "")));
            }
        }
        return absent;
    }

    /** Every value of {@code column}, sorted. */
    synchronized Set<String> of(SalaryDimension column) {

        return values.computeIfAbsent(column, c -> {
            Set<String> set = new TreeSet<>();
            data.salaries().forEach(o -> set.add(c.valueOf(o)));
            return set;
        });
    }
}
