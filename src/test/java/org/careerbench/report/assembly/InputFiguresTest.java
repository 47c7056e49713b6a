package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careerbench.data.InputData;
import org.careerbench.report.Figure;
import org.junit.jupiter.api.Test;

/** The input as figures, so the next period can say what changed in the data itself. */
class InputFiguresTest {
    private static final InputData SAMPLE = Contexts.sample();
    private static final List<Figure> FIGURES = InputFigures.of(SAMPLE);

    private static List<Figure> block(String name) {
        return FIGURES.stream().filter(f -> f.block().equals(name)).toList();
    }

    @Test
    void eachFileHasItsRowsReadAndKept() {
        assertEquals(SAMPLE.files().size() * 2, block("input").size());
        Figure kept = block("input").stream().filter(f -> f.keys().equals("salaries") && f.statistic().equals("kept"))
                .findFirst().orElseThrow();
        assertEquals(SAMPLE.salaries().size(), (long) kept.value().getAsDouble());
    }

    @Test
    void eachRangeHasItsEnds() {
        assertEquals(SAMPLE.ranges().size() * 2, block("ranges").size());
        var first = SAMPLE.ranges().get(0);
        assertTrue(block("ranges").stream().anyMatch(f -> f.keys().equals(first.track() + " | " + first.level())
                && f.statistic().equals("min") && f.value().getAsDouble() == first.min()));
    }

    @Test
    void aBlankSurveyFigureIsWithheldNotZero() {
        for (Figure f : block("survey")) {
            assertEquals(f.withheld(), f.value().isEmpty(), f.toString());
        }
        assertTrue(block("survey").size() >= SAMPLE.surveys().size());
    }

    @Test
    void theOrderIsStable() {
        assertEquals(FIGURES, InputFigures.of(SAMPLE));
        assertEquals(SAMPLE.market().size(), block("market").size());
        assertEquals(SAMPLE.skills().size(), block("skills").size());
    }
}
