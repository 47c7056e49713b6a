package org.careerbench.report.assembly;

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
record LiveTables(boolean live, Map<String, List<SalaryDimension>> tables,
        Map<String, TableSpec.Observations> specs, List<SalaryFilter> members,
        Map<String, java.util.Set<org.careerbench.data.SalaryObservation>> leftOut) {
    /** Most rows for which statistics are written as formulas over the observations table (one sheet). */
    static final int MAX_FORMULA_ROWS = 1_048_575 - 1;

    /** No live figures. */
    static final LiveTables NONE = new LiveTables(false, Map.of(), Map.of(), List.of(), Map.of());

    /** The salaries columns an observations table shows as text, which a member column can test. */
    private static final java.util.Set<SalaryDimension> SHOWN = java.util.EnumSet.of(SalaryDimension.ROLE_FAMILY,
            SalaryDimension.JOB_TITLE, SalaryDimension.LEVEL, SalaryDimension.COUNTRY, SalaryDimension.REGION,
            SalaryDimension.COMPANY_SIZE);

    LiveTables {
        tables = Map.copyOf(tables);
        specs = Map.copyOf(specs);
        members = List.copyOf(members);
        // The rows each observations table leaves out, worked out once per report (a cache, not a setting).
        leftOut = new java.util.concurrent.ConcurrentHashMap<>(leftOut);
    }

    /** The live tables of {@code spec}'s report, each under the name {@code names} gives its block. */
    static LiveTables of(TemplateSpec spec, BlockNames names, int populationSize) {
        if (spec.format() != OutputFormat.XLSX || populationSize > MAX_FORMULA_ROWS) {
            return NONE;
        }
        boolean live = spec.blocks().stream().anyMatch(TableSpec.Assumptions.class::isInstance);
        Map<String, List<SalaryDimension>> tables = new java.util.LinkedHashMap<>();
        Map<String, TableSpec.Observations> specs = new java.util.LinkedHashMap<>();
        for (var b : spec.blocks()) {
            if (b instanceof TableSpec.Observations o && o.filter().isEmpty() && !o.rows().isEmpty()) {
                try {
                    tables.put(names.of(o), o.rows());
                    specs.put(names.of(o), o);
                } catch (BlockProblem e) {
                    // A table whose name another block has is refused where it is built; nothing reads it.
                }
            }
        }
        // The filters of the blocks whose figures follow the inputs by level: each becomes a column of the
        // observations table holding the aged salary of the rows it keeps.
        List<SalaryFilter> members = new java.util.ArrayList<>();
        if (live) {
            for (var b : spec.blocks()) {
                org.careerbench.template.FilterSpec f = b instanceof TableSpec.Geo g ? g.filter()
                        : b instanceof TableSpec.Ranges r ? r.filter() : b instanceof TableSpec.Survey v ? v.filter()
                        : b instanceof TableSpec.Positioning p ? p.filter() : null;
                if (f != null && !f.isEmpty() && !members.contains(SalaryFilter.of(f))
                        && f.conditions().stream().allMatch(c -> SHOWN.contains(c.column()))) {
                    members.add(SalaryFilter.of(f));
                }
            }
        }
        return new LiveTables(live, tables, specs, members, Map.of());
    }

    /** The live observations table sorted by level first, which figures by level read. */
    Optional<String> byLevel() {
        return tableSortedBy(List.of(SalaryDimension.LEVEL));
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
