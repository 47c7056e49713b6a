package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.report.LookupBlock;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.stats.Statistic;
import org.careerbench.template.TableSpec;

/**
 * A workbook's lookup over a table built above it: the table's leading text columns are what the
 * reader picks, the statistics the template names are what they read.
 */
final class Lookups {
    private final BuildContext ctx;

    Lookups(BuildContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The lookup of {@code spec} over the table of that name among {@code above}, the tables built
     * before it in the report.
     *
     * @throws BlockProblem at the {@code table:} line when no table of that name is above, it has no
     *                      row columns, or it lacks a statistic asked for; empty when the table is the
     *                      template's but not in this report (replaced by a burst group's notice)
     */
    Optional<LookupBlock> of(TableSpec.Lookup spec, List<TableBlock> above) throws BlockProblem {
        TableBlock source = above.stream().filter(t -> t.name().equals(spec.table())).findFirst().orElse(null);
        int line = spec.lines().of("table");
        if (source == null && ctx.names().contains(spec.table())) {
            // The table is there, but not in this report: a burst group's notice stands in its place.
            return Optional.empty();
        }
        if (source == null) {
            List<String> names = above.stream().map(TableBlock::name).toList();
            throw new BlockProblem(new Problem(ctx.file(), line, Problem.Kind.DATA_REFERENCE, "no table named '"
                    + spec.table() + "' above this lookup" + Suggestions.didYouMean(spec.table(), names)
                    + "; expected the name of a benchmark table written before it, one of " + names));
        }
        int keys = 0;
        while (keys < source.columns().size() && source.columns().get(keys).type() == ValueType.TEXT) {
            keys++;
        }
        List<String> headers = source.columns().stream().map(TableColumn::header).toList();
        List<Integer> answers = new ArrayList<>();
        for (Statistic s : spec.statistics()) {
            int at = headers.indexOf(ctx.phrases().statistic(s));
            if (at < keys) {
                throw new BlockProblem(new Problem(ctx.file(), line, Problem.Kind.DATA_REFERENCE, "table '"
                        + spec.table() + "' has no " + ctx.phrases().statistic(s) + " column to look up; its "
                        + "columns are " + headers));
            }
            answers.add(at);
        }
        if (keys == 0) {
            throw new BlockProblem(new Problem(ctx.file(), line, Problem.Kind.DATA_REFERENCE, "table '"
                    + spec.table() + "' has no row columns to pick from; expected a benchmark table with rows"));
        }
        var w = ctx.words();
        String caption = spec.caption().isEmpty() ? w.get("lookup.caption", source.caption().isEmpty()
                ? source.name() : source.caption()) : spec.caption();
        return Optional.of(new LookupBlock(caption, source, keys, answers, w.get("lookup.note", source.name())));
    }
}
