package org.careerbench.report;

import java.util.ArrayList;
import java.util.List;
import org.careerbench.template.TemplateException;

/** Builds chart blocks, each over a data table made by the table factories. */
final class ChartBlocks {
    static final List<String> SOURCES = List.of("benchmark", "market", "skills");

    private final BuildContext ctx;
    private final SalaryTables salaries;
    private final ReferenceTables references;

    ChartBlocks(BuildContext ctx) {
        this.ctx = ctx;
        this.salaries = new SalaryTables(ctx);
        this.references = new ReferenceTables(ctx);
    }

    ChartBlock chart(BlockReader block, String name) throws TemplateException {
        String source = block.oneOf("source", "", SOURCES);
        String typeName = block.text("type", switch (source) {
            case "market" -> "line";
            case "skills" -> "hbar";
            default -> "bar";
        });
        ChartType type = ChartType.byName(typeName).orElseThrow(() -> block.error("unknown chart type '" + typeName
                + "'" + org.careerbench.template.Suggestions.didYouMean(typeName, List.of("line", "bar", "hbar"))
                + "; expected line, bar or hbar"));
        String title = block.text("title", "");
        return switch (source) {
            case "market" -> {
                TableBlock data = references.market(block, name);
                String indicator = references.series(block).get(0).indicator();
                String unit = references.series(block).get(0).unit();
                yield new ChartBlock(title.isEmpty() ? indicator : title, type, data, 0, List.of(1),
                        block.text("category-axis", "Year"), block.text("value-axis", indicator + " (" + unit + ")"),
                        "Source: " + references.series(block).get(0).source(),
                        altText(type, indicator + " by year", data));
            }
            case "skills" -> {
                TableBlock data = references.skills(block, name);
                yield new ChartBlock(title.isEmpty() ? "Skills in demand" : title, type, data, 1, List.of(3),
                        block.text("category-axis", "Skill"),
                        block.text("value-axis", "Demand index (100 = top skill)"),
                        String.join(" ", data.footnotes()), altText(type, "skill demand index by skill", data));
            }
            default -> {
                List<String> stats = block.list("statistics", List.of("p25", "p50", "p75"));
                if (block.list("rows", List.of("level")).size() != 1) {
                    throw block.error("a benchmark chart groups by one column, found rows "
                            + block.list("rows", List.of()));
                }
                TableBlock data = salaries.benchmark(block, name);
                List<Integer> series = new ArrayList<>();
                for (int i = 1; i < data.columns().size(); i++) {
                    if (data.columns().get(i).type() == ValueType.MONEY) {
                        series.add(i);
                    }
                }
                if (series.isEmpty()) {
                    throw block.error("a benchmark chart needs at least one money statistic, found " + stats);
                }
                yield new ChartBlock(title.isEmpty() ? "Base salary by " + data.columns().get(0).header().toLowerCase()
                        : title, type, data, 0, series, block.text("category-axis", data.columns().get(0).header()),
                        block.text("value-axis", "Annual base salary (" + ctx.currency() + ")"),
                        String.join(" ", data.footnotes()), altText(type, "base salary percentiles by "
                                + data.columns().get(0).header().toLowerCase(), data));
            }
        };
    }

    private static String altText(ChartType type, String what, TableBlock data) {
        String kind = switch (type) {
            case LINE -> "Line chart";
            case BAR -> "Bar chart";
            case HBAR -> "Horizontal bar chart";
        };
        return kind + " of " + what + ", " + data.rows().size() + " categories.";
    }
}
