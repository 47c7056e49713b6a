package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.careerbench.report.Figure;
import org.junit.jupiter.api.Test;

/** What one block factory returns: its part, figures and warnings, as a value. */
class MadeTest {
    private static final Figure MEDIAN = FigureLog.figure("pay", "Senior", "p50", 150_000.0, 12, false, "", "$150,000");
    private static final Figure COUNT = FigureLog.figure("people", "", "n", 84.0, 84, false, "People", "84");

    @Test
    void ofCarriesNoFigureAndNoWarning() {
        Made<String> made = Made.of("table");
        assertEquals("table", made.value());
        assertEquals(List.of(), made.figures());
        assertEquals(List.of(), made.warnings());
    }

    @Test
    void mapKeepsFiguresAndWarnings() {
        Made<Integer> made = new Made<>(3, List.of(MEDIAN), List.of("w")).map(n -> n * 2);
        assertEquals(6, made.value());
        assertEquals(List.of(MEDIAN), made.figures());
        assertEquals(List.of("w"), made.warnings());
    }

    @Test
    void itsListsAreCopiesThatCannotChange() {
        List<String> warnings = new ArrayList<>(List.of("w"));
        Made<String> made = Made.warned("t", warnings);
        warnings.add("later");
        assertEquals(List.of("w"), made.warnings());
        assertThrows(UnsupportedOperationException.class, () -> made.warnings().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> made.figures().add(MEDIAN));
    }

    @Test
    void aWithheldOrNonFiniteFigureHasNoValueAndNegativeNMeansNone() {
        Figure withheld = FigureLog.figure("pay", "Junior", "p90", null, 3, true, "", "—");
        assertEquals(false, withheld.value().isPresent());
        Figure nan = FigureLog.figure("pay", "Junior", "mean", Double.NaN, 3, true, "", "—");
        assertEquals(false, nan.value().isPresent());
        Figure market = FigureLog.figure("size", "", "last", 5.2, -1, false, "Market", "5.2");
        assertEquals(false, market.n().isPresent());
        assertEquals(5.2, market.value().getAsDouble());
    }
}
