package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.careerbench.diagnostics.Problems;
import org.careerbench.report.Block;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;

class LateBlocksTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    private static TableBlock table(String name, String caption) {
        return new TableBlock(name, caption, List.of(TableColumn.of("A", ValueType.TEXT)), List.of(List.of("x")),
                List.of());
    }

    @Test
    void madeBlocksPassThroughInOrderAndATableIsNamedByItsCaption() {
        TableBlock benchmark = table("Benchmark", "Base salary by level");
        TableBlock untitled = table("Quiet", "");
        Block note = new Block.Note("n");
        List<List<LateBlocks.Slot>> sections = List.of(List.of(new LateBlocks.Ready(benchmark),
                new LateBlocks.Ready(note)), List.of(new LateBlocks.Ready(untitled)));
        Map<String, String> titles = LateBlocks.titles(sections);
        assertEquals(Map.of("Benchmark", "Base salary by level"), titles, "a table without a caption has no title");
        BuildContext ctx = Contexts.of(Contexts.template(dir, "pdf", "public", "# A\n"));
        ReportContext run = new ReportContext(YearMonth.of(2026, 11), org.careerbench.Builds.CREATED,
                java.util.Optional.empty(), java.util.Optional.empty(), n -> List.of());
        Problems problems = new Problems();
        LateBlocks late = new LateBlocks(ctx, run, "t.pdf", Map.of(), titles, List.of(), problems);
        assertEquals(List.of(benchmark, note), late.blocks(sections.get(0)));
        assertEquals(List.of(untitled), late.blocks(sections.get(1)));
        assertEquals("", late.headline(), "no findings, no headline");
        assertEquals(List.of(), late.figures());
    }
}
