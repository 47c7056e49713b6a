package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The blocks of a report: immutable, whatever the lists they were made from do later. */
class BlockTest {
    @Test
    void proseAndBulletsCopyTheirRuns() {
        List<TextRun> runs = new ArrayList<>(List.of(TextRun.plain("a")));
        Block.Prose prose = new Block.Prose(runs);
        List<List<TextRun>> items = new ArrayList<>(List.of(runs));
        Block.Bullets bullets = new Block.Bullets(items, true);
        runs.add(TextRun.plain("b"));
        items.clear();
        assertEquals(1, prose.runs().size());
        assertEquals(1, bullets.items().size());
        assertEquals(1, bullets.items().get(0).size());
        assertThrows(UnsupportedOperationException.class, () -> bullets.items().get(0).add(TextRun.plain("c")));
    }

    @Test
    void inputsAndKeyFiguresCopyTheirLists() {
        List<String> allowed = new ArrayList<>(List.of("compound", "simple"));
        Block.Input method = new Block.Input(InputKey.of(InputKey.Kind.AGING_METHOD), "Aging method", "compound",
                ValueType.TEXT, allowed, 0, 0, "note");
        allowed.add("none");
        assertEquals(List.of("compound", "simple"), method.allowed());
        List<Block.Input> inputs = new ArrayList<>(List.of(method));
        Block.Inputs block = new Block.Inputs(inputs);
        inputs.clear();
        assertEquals(1, block.inputs().size());
        List<KeyFigure> figures = new ArrayList<>(List.of(new KeyFigure("p50", "Median", 1.0, ValueType.MONEY, "USD",
                "n = 12")));
        Block.KeyFigures k = new Block.KeyFigures(figures);
        figures.clear();
        assertEquals(1, k.figures().size());
    }

    @Test
    void aKeyFigureIsFormattedInTheReadersLanguage() {
        KeyFigure k = new KeyFigure("p50", "Median", 150_000.0, ValueType.MONEY, "USD", "n = 12");
        assertEquals("$150,000", k.formatted(Words.of("en").format()));
        assertEquals("—", new KeyFigure("p90", "P90", Suppressed.VALUE, ValueType.MONEY, "USD", "").formatted(
                Words.of("en").format()));
    }
}
