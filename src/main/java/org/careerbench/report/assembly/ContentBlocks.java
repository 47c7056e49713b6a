package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.report.Block;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.TextRun;
import org.careerbench.template.ChartSpec;
import org.careerbench.template.ContentSpec;
import org.careerbench.template.FigureSpec;
import org.careerbench.template.FiguresBlock;
import org.careerbench.template.TableSpec;

/**
 * The dispatch from a template's content to the factory that builds it: prose and lists filled
 * with their placeholders, key figures, history, charts and each table source. A source no
 * factory builds is an {@link IllegalStateException}, never another block. "What changed" is not
 * here: the report builder makes it once every other block is made.
 */
final class ContentBlocks {
    private ContentBlocks() {
    }

    /** The blocks one piece of content makes in its place, with their figures and warnings. */
    static Made<List<Block>> of(ContentSpec c, BuildContext ctx, ReportContext run, String fileName,
            Placeholders placeholders, Map<String, KeyFigure> figures) throws BlockProblem {
        if (c instanceof ContentSpec.Prose p) {
            return Made.of(List.of(new Block.Prose(placeholders.fill(p.runs(), p.line()))));
        }
        if (c instanceof ContentSpec.ListItems l) {
            List<List<TextRun>> items = new ArrayList<>();
            for (List<TextRun> item : l.items()) {
                items.add(placeholders.fill(item, l.line()));
            }
            return Made.of(List.of(new Block.Bullets(items, l.ordered())));
        }
        if (c instanceof FiguresBlock f) {
            List<KeyFigure> list = new ArrayList<>();
            for (FigureSpec item : f.figures()) {
                Optional.ofNullable(figures.get(item.id())).ifPresent(list::add);
            }
            if (ctx.live().live()) {
                // Key figures are values: in a workbook whose other figures follow the Assumptions, say so.
                return Made.of(List.of(new Block.KeyFigures(list), new Block.Note(ctx.words().get("live.fixed.figures",
                        ctx.phrases().agingText()))));
            }
            return Made.of(List.of(new Block.KeyFigures(list)));
        }
        if (c instanceof ChartSpec.History h) {
            String name = ctx.names().of(h);
            return Made.of(new History(ctx, run, fileName, figures).chart(name, h.title(), h.type(),
                    h.axes().category(), h.axes().value(), h.figures(), h.periods(), h.lines())
                    .<List<Block>>map(List::of).orElse(List.of()));
        }
        if (c instanceof ChartSpec chart) {
            String name = ctx.names().of(chart);
            return new ChartBlocks(ctx).chart(chart, name).<List<Block>>map(List::of);
        }
        if (c instanceof TableSpec.History h) {
            String name = ctx.names().of(h);
            return Made.of(List.of(new History(ctx, run, fileName, figures).table(name, h.caption(), h.figures(),
                    h.periods(), h.lines())));
        }
        if (c instanceof TableSpec t) {
            return table(t, ctx);
        }
        throw new IllegalStateException("no builder for content " + c.getClass().getSimpleName());
    }

    private static Made<List<Block>> table(TableSpec t, BuildContext ctx) throws BlockProblem {
        if (t instanceof TableSpec.Assumptions) {
            return Made.of(List.of(new Assumptions(ctx).inputs()));
        }
        if (t instanceof TableSpec.Quality q) {
            return Made.of(new QualityBlocks(ctx).blocks(ctx.names().of(q)));
        }
        if (t instanceof TableSpec.Methodology m) {
            String name = ctx.names().of(m);
            return new ProvenanceTable(ctx).table(name, m.caption()).<List<Block>>map(p -> List.of(new Methodology(ctx)
                    .statements(), p));
        }
        String name = ctx.names().of(t);
        if (t instanceof TableSpec.Positioning p) {
            return new Positioning(ctx).blocks(p, name);
        }
        if (t instanceof TableSpec.PayGap g) {
            return new PayGapTables(ctx).blocks(g, name);
        }
        SalaryTables salaries = new SalaryTables(ctx);
        ReferenceTables references = new ReferenceTables(ctx);
        Made<? extends Block> block;
        if (t instanceof TableSpec.Benchmark b) {
            var pay = b.pay().orElse(ctx.pay());
            PayElements.require(ctx, pay, b.lines());
            block = salaries.benchmark(name, b.caption(), b.rows(), b.filter(), b.statistics(), pay, b.order(),
                    b.change());
        } else if (t instanceof TableSpec.Ranges r) {
            block = salaries.ranges(r, name);
        } else if (t instanceof TableSpec.Observations o) {
            block = Made.of(salaries.observations(o, name));
        } else if (t instanceof TableSpec.Market m) {
            block = Made.of(references.market(m, name));
        } else if (t instanceof TableSpec.Skills s) {
            block = Made.of(references.skills(name, s.caption(), s.top(), s.lines()));
        } else if (t instanceof TableSpec.Differentials d) {
            block = Made.of(references.differentials(name, d.caption()));
        } else if (t instanceof TableSpec.Survey s) {
            block = new SurveyTables(ctx).survey(s, name);
        } else if (t instanceof TableSpec.Geo g) {
            PayElements.require(ctx, g.pay().orElse(ctx.pay()), g.lines());
            block = Made.of(new GeoTables(ctx).geo(g, name));
        } else if (t instanceof TableSpec.Checks k) {
            block = Made.of(new ChecksTable(ctx).table(k, name));
        } else if (t instanceof TableSpec.Sample sample) {
            block = new SampleProfile(ctx).table(sample, name);
        } else if (t instanceof TableSpec.Sources) {
            block = new ProvenanceTable(ctx).table(name, t.caption());
        } else {
            // Changes and findings are built in their section's place, last; anything else is a new source no one builds.
            throw new IllegalStateException("no builder for a table with source '" + t.source() + "'");
        }
        return block.<List<Block>>map(List::of);
    }
}
