package org.careerbench.report.assembly;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.careerbench.diagnostics.Problem;
import org.careerbench.template.KeyLines;

/** The names of a report's tables and charts' data: written ones kept unique, the others made from the source. */
final class BlockNames {
    private BlockNames() {
    }

    /**
     * The name a block written as {@code written} gets: that name, refused at the block's {@code name}
     * line when another block took it; else {@code fallback} capitalised ("Observations",
     * "MarketData"), numbered from 2 when taken.
     */
    static String unique(Optional<String> written, String fallback, KeyLines lines, Set<String> taken,
            BuildContext ctx) throws BlockProblem {
        String name;
        if (written.isEmpty()) {
            String base = Character.toUpperCase(fallback.charAt(0)) + fallback.substring(1).toLowerCase(Locale.ROOT)
                    .replace("data", "Data");
            name = base;
            for (int i = 2; taken.contains(name); i++) {
                name = base + i;
            }
        } else {
            name = written.get();
            if (taken.contains(name)) {
                throw ctx.refuse(lines, "name", Problem.Kind.DUPLICATE, "name '" + name + "' is used by another block, "
                        + "expected a unique name");
            }
        }
        taken.add(name);
        return name;
    }
}
