package org.careerbench.report.assembly;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careerbench.data.InputData;
import org.careerbench.data.SalaryObservation;
import org.careerbench.diagnostics.Plural;
import org.careerbench.report.Block;
import org.careerbench.template.TemplateSpec;

/**
 * Rows of the data that a report's own group does not hold: a block about another group of a burst,
 * and levels the template's level order does not list.
 */
final class OtherGroups {
    private OtherGroups() {
    }

    /**
     * In one group's report of a burst, a block whose own filter selects none of the group's salaries
     * but some of the template's whole population is about another group (the US ranges in the Europe
     * report): a notice in its place says so, instead of a table of that group or of zeros.
     */
    static Optional<Block.Notice> notice(org.careerbench.template.Filtered f, TemplateSpec spec, BuildContext ctx,
            InputData data) throws BlockProblem {
        if (f.filter().isEmpty()) {
            return Optional.empty();
        }
        SalaryFilter block = ctx.filter(f.filter());
        if (!ctx.population().select(block).isEmpty()
                || data.salaries().stream().noneMatch(SalaryFilter.of(spec.parameters().population()).and(block))) {
            return Optional.empty();
        }
        String group = String.join(", ", ctx.population().filter().conditions()
                .getOrDefault(spec.burstBy().get(), List.of()));
        return Optional.of(new Block.Notice(ctx.words().get("notice.other-group"), ctx.words().get(
                "notice.other-group.text", ctx.phrases().people().scope(block), group)));
    }

    /**
     * A level of the population that the template's {@code level-order} does not list is most often a
     * misspelling in the export ("Senoir"): its rows would form a thin group of their own and leave
     * the level they belong to. Each is a data warning, with the closest listed level.
     *
     * @return one warning per unlisted level, in level order
     */
    static List<String> unorderedLevels(TemplateSpec spec, BuildContext ctx) {
        List<String> order = spec.parameters().levelOrder();
        if (order.isEmpty()) {
            return List.of();
        }
        Map<String, Long> unlisted = ctx.population().observations().stream()
                .filter(o -> !order.contains(o.level()))
                .collect(Collectors.groupingBy(SalaryObservation::level, java.util.TreeMap::new, Collectors.counting()));
        return unlisted.entrySet().stream().map(e -> ctx.fileOf("salaries", "salaries.csv") + ": level '"
                + e.getKey() + "' (" + Plural.of(e.getValue(), "observation") + ") is not in "
                + spec.source().getFileName() + "'s level-order " + order
                + org.careerbench.diagnostics.Suggestions.didYouMean(e.getKey(), order)
                + "; it is shown as a level of its own").toList();
    }
}
