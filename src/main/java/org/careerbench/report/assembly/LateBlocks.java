package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careerbench.diagnostics.Problems;
import org.careerbench.report.Block;
import org.careerbench.report.Figure;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TextRun;
import org.careerbench.template.TableSpec;

/**
 * The blocks of a report that read its other blocks, made once every other block is: "What
 * changed" and the findings, which read every figure of the report, and a lookup, which reads the
 * tables above it. The report's first finding becomes its headline. One instance per report build,
 * filled section by section in order; not shared between threads.
 */
final class LateBlocks {
    /** A place in a section: a block made, or a block made once every other block is. */
    sealed interface Slot {
    }

    /** A block already made. */
    record Ready(Block block) implements Slot {
    }

    /** "What changed", the findings or a lookup, with its name, made by {@link #blocks}. */
    record Later(TableSpec spec, String name) implements Slot {
    }

    private final BuildContext ctx;
    private final ReportContext run;
    private final String fileName;
    private final Map<String, KeyFigure> figures;
    private final Map<String, String> titles;
    private final List<Figure> all;
    private final Problems problems;
    private final FigureNames names;
    private final List<TableBlock> above = new ArrayList<>();
    private final List<Figure> logged = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String headline = "";

    /**
     * @param figures  the report's key figures by id
     * @param titles   its tables and charts by name ({@link #titles})
     * @param all      every figure its other blocks made
     * @param problems where a late block's problem is added, at its template line
     */
    LateBlocks(BuildContext ctx, ReportContext run, String fileName, Map<String, KeyFigure> figures,
            Map<String, String> titles, List<Figure> all, Problems problems) {
        this.ctx = ctx;
        this.run = run;
        this.fileName = fileName;
        this.figures = figures;
        this.titles = titles;
        this.all = all;
        this.problems = problems;
        this.names = new FigureNames(ctx, figures, titles);
    }

    /** The blocks of one section, in order, each late block made in its place. */
    List<Block> blocks(List<Slot> section) {
        List<Block> blocks = new ArrayList<>();
        for (Slot slot : section) {
            if (slot instanceof Later l && l.spec() instanceof TableSpec.Changes c) {
                blocks.addAll(new Changes(ctx, run, fileName, figures, titles).blocks(c, l.name(), all));
            } else if (slot instanceof Later l && l.spec() instanceof TableSpec.Findings f) {
                try {
                    BuildContext own = ctx.forBlock();
                    Made<List<Block>> made = new Findings(own, run, fileName, names).blocks(f, l.name(), all);
                    ctx.valuation().disclosures().addAll(own.valuation().disclosures());
                    made.figures().forEach(logged::add);
                    warnings.addAll(made.warnings());
                    blocks.addAll(made.value());
                    // The report's first finding leads its cover.
                    if (headline.isEmpty() && made.value().get(0) instanceof Block.Bullets list
                            && !list.items().isEmpty()) {
                        headline = String.join("", list.items().get(0).stream().map(TextRun::text).toList());
                    }
                } catch (BlockProblem e) {
                    problems.add(e.problem());
                }
            } else if (slot instanceof Later l && l.spec() instanceof TableSpec.Lookup lookup) {
                try {
                    new Lookups(ctx).of(lookup, above).ifPresent(blocks::add);
                } catch (BlockProblem e) {
                    problems.add(e.problem());
                }
            } else if (slot instanceof Ready r) {
                blocks.add(r.block());
                if (r.block() instanceof TableBlock t) {
                    above.add(t);
                }
            } else {
                throw new IllegalStateException("no builder for a late block " + slot);
            }
        }
        return blocks;
    }

    /** The figures the late blocks made (the findings'), for the figures file. */
    List<Figure> figures() {
        return List.copyOf(logged);
    }

    /** The warnings the late blocks gave. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The report's first finding, or empty: it leads the cover. */
    String headline() {
        return headline;
    }

    /** Each table and chart by name, with the caption or title its readers see. */
    static Map<String, String> titles(List<List<Slot>> sections) {
        Map<String, String> titles = new java.util.HashMap<>();
        for (List<Slot> slots : sections) {
            for (Slot slot : slots) {
                Block b = slot instanceof Ready r ? r.block() : null;
                if (b instanceof TableBlock t && !t.caption().isEmpty()) {
                    titles.put(t.name(), t.caption());
                } else if (b instanceof org.careerbench.report.ChartBlock c) {
                    titles.put(c.data().name(), c.title());
                }
            }
        }
        return titles;
    }
}
