package org.careerbench.report.assembly;

import java.util.List;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.LiveValue;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.ValueType;

/**
 * A table or chart with nothing to publish — no row, or every figure withheld — becomes a
 * notice that says so in its place, and a data warning for the run; never an empty table, a
 * vanished block or a chart with degenerate axes.
 */
final class Publishable {
    private Publishable() {
    }

    /**
     * {@code block}, or a notice in its place when it has nothing to show, with the data warning
     * that says so.
     */
    static Made<Block> check(Block block, BuildContext ctx) {
        Block checked = block;
        if (block instanceof TableBlock t) {
            checked = table(t, ctx);
        } else if (block instanceof ChartBlock c) {
            checked = chart(c, ctx);
        }
        if (checked instanceof Block.Notice n && n != block) {
            String title = n.title();
            return Made.warned(checked, List.of(ctx.file().getFileName() + ": '" + title + "' shows a notice "
                    + "instead: " + n.text()));
        }
        return Made.of(checked);
    }

    private static Block table(TableBlock t, BuildContext ctx) {
        var w = ctx.words();
        String title = t.caption().isEmpty() ? w.get("notice.table", t.name()) : t.caption();
        if (t.rows().isEmpty()) {
            return new Block.Notice(title, w.get("notice.table.empty", context(t)));
        }
        if (!t.large() && withheld(t.rows(), numericColumns(t))) {
            return new Block.Notice(title, w.get("notice.table.withheld", ctx.phrases().suppressionText(), context(t)));
        }
        return t;
    }

    private static Block chart(ChartBlock c, BuildContext ctx) {
        TableBlock data = c.data();
        if (data.rows().isEmpty()) {
            return new Block.Notice(c.title(), ctx.words().get("notice.chart.empty", context(data)));
        }
        if (withheld(data.rows(), c.seriesColumns())) {
            return new Block.Notice(c.title(), ctx.words().get("notice.chart.withheld", ctx.phrases().suppressionText(),
                    context(data)));
        }
        if (c.anyWithheld() && !c.source().contains(ctx.phrases().suppressionFootnote())) {
            // The chart marks each withheld category "—"; its note says why.
            return new ChartBlock(c.title(), c.type(), c.data(), c.categoryColumn(), c.seriesColumns(),
                    c.categoryAxis(), c.valueAxis(), (c.source() + " " + ctx.phrases().suppressionFootnote()).strip(),
                    c.altText(), c.styles());
        }
        return c;
    }

    /** The table's own last footnote, which names its population and filter, as context. */
    private static String context(TableBlock t) {
        return t.footnotes().isEmpty() ? "" : " (" + t.footnotes().get(t.footnotes().size() - 1)
                .replaceFirst("\\.$", "") + ")";
    }

    /** The columns that hold figures (counts and years excepted: they are never withheld). */
    private static List<Integer> numericColumns(TableBlock t) {
        return java.util.stream.IntStream.range(0, t.columns().size())
                .filter(i -> t.columns().get(i).type().numeric() && t.columns().get(i).type() != ValueType.YEAR
                        && t.columns().get(i).type() != ValueType.INTEGER)
                .boxed().toList();
    }

    /** Whether the columns hold no figure at all and at least one withheld one. */
    private static boolean withheld(List<List<Object>> rows, List<Integer> columns) {
        boolean any = false;
        for (List<Object> row : rows) {
            for (int c : columns) {
                Object v = row.get(c);
                if (v instanceof Number || v instanceof LiveValue) {
                    return false;
                }
                any |= v == Suppressed.VALUE;
            }
        }
        return any;
    }
}
