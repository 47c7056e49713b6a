package org.careerbench.report.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.OutputFormat;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;

/**
 * Whether a report's derived figures may be live formulas, and over which observations tables.
 * They may in a workbook with an {@code assumptions} table, over unfiltered observations tables
 * sorted by the cells' columns. Decided from the template before any block is built. Immutable.
 *
 * @param live   whether derived figures are formulas
 * @param tables each unfiltered observations table sorted by cells: its name and the columns it is sorted by
 *               (a checks table reads these with or without live figures)
 */
record LiveTables(boolean live, Map<String, List<SalaryDimension>> tables) {
    /** Most rows for which statistics are written as formulas over the observations table (one sheet). */
    static final int MAX_FORMULA_ROWS = 1_048_575 - 1;

    /** No live figures. */
    static final LiveTables NONE = new LiveTables(false, Map.of());

    LiveTables {
        tables = Map.copyOf(tables);
    }

    static LiveTables of(TemplateSpec spec, int populationSize) {
        if (spec.format() != OutputFormat.XLSX || populationSize > MAX_FORMULA_ROWS) {
            return NONE;
        }
        boolean live = spec.blocks().stream().anyMatch(TableSpec.Assumptions.class::isInstance);
        Map<String, List<SalaryDimension>> tables = new java.util.LinkedHashMap<>();
        for (var b : spec.blocks()) {
            if (b instanceof TableSpec.Observations o && o.filter().isEmpty() && !o.rows().isEmpty()) {
                tables.put(o.name().orElse("Observations"), o.rows());
            }
        }
        return new LiveTables(live, tables);
    }

    /**
     * The observations table whose rows are sorted by exactly {@code dims} (level first is enough for
     * {@code dims} = [level]), when formulas may read it.
     */
    Optional<String> tableSortedBy(List<SalaryDimension> dims) {
        if (!live) {
            return Optional.empty();
        }
        return tables.entrySet().stream()
                .filter(e -> e.getValue().equals(dims)
                        || dims.size() == 1 && !e.getValue().isEmpty() && e.getValue().get(0) == dims.get(0))
                .map(Map.Entry::getKey).findFirst();
    }
}
