package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TextRun;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    private final Placeholders placeholders = new Placeholders(Map.of(
            "p50", new KeyFigure("p50", "Median", 195_371.0, ValueType.MONEY, "USD", ""),
            "thin", new KeyFigure("thin", "Thin", Suppressed.VALUE, ValueType.MONEY, "USD", ""),
            "growth", new KeyFigure("growth", "Growth", 0.085, ValueType.PERCENT, "", ""),
            "n", new KeyFigure("n", "n", 1838, ValueType.INTEGER, "", "")),
            Map.of("period", "2026-11", "title", "T", "field", "F"), java.util.Set.of(), Path.of("t.md"), Words.english().format());

    private String fill(String text) throws BlockProblem {
        StringBuilder s = new StringBuilder();
        placeholders.fill(List.of(TextRun.plain(text)), 7).forEach(r -> s.append(r.text()));
        return s.toString();
    }

    @Test
    void figuresWithTheirOwnFormatOrANamedOne() throws Exception {
        assertEquals("$195,371 in 2026-11", fill("{{ p50 }} in {{ period }}"));
        assertEquals("$195k", fill("{{p50|thousands}}"));
        assertEquals("8.5% and 1,838 and 1,838", fill("{{ growth | percent }} and {{ n }} and {{ n | integer }}"));
        assertEquals("$195,371 / 195,371", fill("{{ p50 | currency }} / {{ p50 | number }}"));
        assertEquals("—", fill("{{ thin }}"), "withheld figures read as a dash, never 0");
    }

    @Test
    void aSmallGrowthShowsWithTheDecimalsAsked() throws Exception {
        // Issue 13: {{ x | percent }} could show a 0.524% growth only as "0.5%".
        Placeholders small = new Placeholders(Map.of("g", new KeyFigure("g", "g", 0.00524, ValueType.PERCENT, "", "")),
                Map.of(), java.util.Set.of(), Path.of("t.md"), Words.english().format());
        StringBuilder out = new StringBuilder();
        small.fill(List.of(TextRun.plain("{{ g | percent:3 }} or {{ g | percent:2 }} or {{ g | number:4 }}")), 1)
                .forEach(r -> out.append(r.text()));
        assertEquals("0.524% or 0.52% or 0.0052", out.toString());
        assertThrows(BlockProblem.class, () -> fill("{{ p50 | currency:2 }}"));
    }

    @Test
    void conditionalTextFollowsWhetherAFigureIsPublished() throws Exception {
        assertEquals("A median of $195,371.", fill("A{{#if p50}} median of {{ p50 }}{{/if}}."));
        assertEquals("A.", fill("A{{#if thin}} median of {{ thin }}{{/if}}."));
        assertEquals("A: too few.", fill("A{{#unless thin}}: too few{{/unless}}."));
        assertEquals("", fill("{{#if thin}}x{{#if p50}}y{{/if}}z{{/if}}"), "nested inside a skipped condition");
    }

    @Test
    void conditionsSpanStyledRuns() throws Exception {
        List<TextRun> runs = placeholders.fill(List.of(TextRun.plain("Start {{#if thin}}gone "),
                new TextRun("bold", true, false, ""), TextRun.plain("{{/if}}end")), 1);
        assertEquals(List.of(TextRun.plain("Start "), TextRun.plain("end")), runs);
    }

    @Test
    void mistakesNameTheLineAndTheNearMiss() {
        assertEquals("t.md:7: placeholder {{ p5 }} refers to nothing (did you mean 'p50'?); expected a figure id or one "
                + "of title, field, period", assertThrows(BlockProblem.class, () -> fill("{{ p5 }}")).getMessage());
        assertEquals("t.md:7: unknown format 'thousand' in {{ p50 | thousand }} (did you mean 'thousands'?); expected "
                + "one of [currency, percent, thousands, number, integer]",
                assertThrows(BlockProblem.class, () -> fill("{{ p50 | thousand }}")).getMessage());
        assertEquals("t.md:7: {{#if …}} is not closed, expected {{/if}} in the same paragraph",
                assertThrows(BlockProblem.class, () -> fill("{{#if p50}} x")).getMessage());
        assertEquals("t.md:7: {{/unless}} closes nothing, expected it after a {{#unless …}}",
                assertThrows(BlockProblem.class, () -> fill("x {{/unless}}")).getMessage());
    }
}
