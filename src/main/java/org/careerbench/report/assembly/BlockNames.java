package org.careerbench.report.assembly;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerbench.diagnostics.Problem;
import org.careerbench.template.BlockSpec;
import org.careerbench.template.ChartSpec;
import org.careerbench.template.ContentSpec;
import org.careerbench.template.SectionSpec;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;

/**
 * The names of a template's tables and charts' data, decided once for the whole template before
 * any block is built, in the order the blocks are written: a written name is kept, and refused
 * when an earlier block has it; an unwritten one is made from the block's source ("Observations",
 * "MarketData"), numbered from 2 when taken. Every reader of a name — the block's own factory, the
 * live formulas that refer to an observations table — asks here, so they cannot disagree; and a
 * block replaced by a notice in one report of a burst keeps its name taken, so the same block has
 * the same name in every group's report and every period's figures. Immutable.
 */
final class BlockNames {
    private final Map<ContentSpec, String> names;
    private final Map<ContentSpec, Problem> refused;

    private BlockNames(Map<ContentSpec, String> names, Map<ContentSpec, Problem> refused) {
        this.names = names;
        this.refused = refused;
    }

    /** The names of every named block of {@code spec}. */
    static BlockNames of(TemplateSpec spec) {
        Map<ContentSpec, String> names = new IdentityHashMap<>();
        Map<ContentSpec, Problem> refused = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (SectionSpec s : spec.sections()) {
            for (ContentSpec c : s.content()) {
                Optional<String> fallback = fallback(c);
                if (fallback.isEmpty()) {
                    continue;
                }
                Optional<String> written = c instanceof TableSpec t ? t.name() : ((ChartSpec) c).name();
                String name;
                if (written.isEmpty()) {
                    String f = fallback.get();
                    String base = Character.toUpperCase(f.charAt(0)) + f.substring(1).toLowerCase(Locale.ROOT)
                            .replace("data", "Data");
                    name = base;
                    for (int i = 2; taken.contains(name); i++) {
                        name = base + i;
                    }
                } else {
                    name = written.get();
                    if (taken.contains(name)) {
                        refused.put(c, new Problem(spec.source(), ((BlockSpec) c).lines().of("name"),
                                Problem.Kind.DUPLICATE, "name '"
                                + name + "' is used by another block, expected a unique name"));
                        continue;
                    }
                }
                taken.add(name);
                names.put(c, name);
            }
        }
        return new BlockNames(java.util.Collections.unmodifiableMap(names), java.util.Collections
                .unmodifiableMap(refused));
    }

    /**
     * The name of block {@code c} of this template.
     *
     * @throws BlockProblem at the block's {@code name} line when an earlier block has the name it wrote
     * @throws IllegalArgumentException for a block that has no name (prose, key figures, assumptions)
     *                                  or is not this template's
     */
    String of(ContentSpec c) throws BlockProblem {
        Problem problem = refused.get(c);
        if (problem != null) {
            throw new BlockProblem(problem);
        }
        String name = names.get(c);
        if (name == null) {
            throw new IllegalArgumentException("no name for " + c.getClass().getSimpleName() + " at line " + c.line());
        }
        return name;
    }

    /** The name an unnamed block is given, from its source; empty for a block without a name. */
    /** Whether some block of the template has {@code name}. */
    boolean contains(String name) {
        return names.values().stream().anyMatch(name::equals); // an identity map: its containsValue compares by ==
    }

    private static Optional<String> fallback(ContentSpec c) {
        if (c instanceof TableSpec.Assumptions) {
            return Optional.empty();
        }
        if (c instanceof TableSpec.Changes) {
            return Optional.of("changes");
        }
        if (c instanceof TableSpec.History) {
            return Optional.of("history");
        }
        if (c instanceof TableSpec.Quality) {
            return Optional.of("quality");
        }
        if (c instanceof TableSpec.Methodology) {
            return Optional.of("sources");
        }
        if (c instanceof TableSpec t) {
            return Optional.of(t.source());
        }
        if (c instanceof ChartSpec.History) {
            return Optional.of("historyData");
        }
        if (c instanceof ChartSpec.Ranges) {
            return Optional.of("rangeData");
        }
        if (c instanceof ChartSpec chart) {
            return Optional.of(chart.source() + "Data");
        }
        return Optional.empty();
    }
}
