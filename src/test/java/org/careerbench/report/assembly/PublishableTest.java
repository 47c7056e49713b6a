package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A block with nothing to publish becomes a notice in its place, and the run hears of it. */
class PublishableTest {
    @TempDir
    Path dir;

    private static final List<TableColumn> COLUMNS = List.of(TableColumn.of("Level", ValueType.TEXT),
            TableColumn.of("n", ValueType.INTEGER), TableColumn.money("P50", "USD"));

    private BuildContext ctx() {
        return Contexts.of(Contexts.template(dir, "pdf", "hr", "# A\n"));
    }

    @Test
    void aTableWithFiguresIsPublishedAsItIs() {
        TableBlock t = new TableBlock("Pay", "Pay by level", COLUMNS, List.of(Arrays.asList("Mid", 12, 150.0)),
                List.of());
        Made<Block> made = Publishable.check(t, ctx());
        assertSame(t, made.value());
        assertEquals(List.of(), made.warnings());
    }

    @Test
    void anEmptyTableIsANoticeUnderItsCaptionAndAWarning() {
        TableBlock t = new TableBlock("Pay", "Pay by level", COLUMNS, List.of(), List.of("Senior engineers, US."));
        Made<Block> made = Publishable.check(t, ctx());
        Block.Notice n = (Block.Notice) made.value();
        assertEquals("Pay by level", n.title());
        assertTrue(n.text().contains("(Senior engineers, US)"), n.text());
        assertEquals(List.of("t.md: 'Pay by level' shows a notice instead: " + n.text()), made.warnings());
    }

    @Test
    void aTableWhoseEveryFigureIsWithheldSaysSoCountsAside() {
        TableBlock t = new TableBlock("Pay", "", COLUMNS, List.of(Arrays.asList("Mid", 3, Suppressed.VALUE)),
                List.of());
        Made<Block> made = Publishable.check(t, ctx());
        Block.Notice n = (Block.Notice) made.value();
        assertTrue(n.title().contains("Pay"), n.title());
        assertTrue(n.text().contains("n ≥ 5"), n.text());
        assertEquals(1, made.warnings().size());
    }

    @Test
    void aChartWithAWithheldCategoryKeepsItAndSaysWhyUnderIt() {
        TableBlock data = new TableBlock("d", "", List.of(TableColumn.of("Region", ValueType.TEXT),
                TableColumn.money("P50", "USD")), List.of(Arrays.asList("Europe", 90.0),
                Arrays.asList("Asia", Suppressed.VALUE)), List.of());
        ChartBlock c = new ChartBlock("By region", ChartType.BAR, data, 0, List.of(1), "Region", "USD", "Source: x.",
                "alt");
        Made<Block> made = Publishable.check(c, ctx());
        ChartBlock checked = (ChartBlock) made.value();
        assertTrue(checked.source().startsWith("Source: x. — not published"), checked.source());
        assertEquals(List.of(), made.warnings());
        assertSame(checked, Publishable.check(checked, ctx()).value(), "the footnote is added once");
    }

    @Test
    void aChartOfNothingIsANotice() {
        TableBlock data = new TableBlock("d", "", List.of(TableColumn.of("Region", ValueType.TEXT),
                TableColumn.money("P50", "USD")), List.of(), List.of());
        Made<Block> made = Publishable.check(new ChartBlock("By region", ChartType.BAR, data, 0, List.of(1), "", "",
                "", ""), ctx());
        assertEquals("By region", ((Block.Notice) made.value()).title());
        assertEquals(1, made.warnings().size());
    }

    @Test
    void proseIsNeverANotice() {
        Block prose = new Block.Prose(List.of(org.careerbench.report.TextRun.plain("x")));
        assertSame(prose, Publishable.check(prose, ctx()).value());
    }
}
