package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.careerbench.report.Figure;
import org.junit.jupiter.api.Test;

/** What a report knows of the run that builds it, and of the periods published before. */
class ReportContextTest {
    private static final Instant AT = Instant.parse("2026-11-01T06:00:00Z");

    @Test
    void aFirstRunHasNothingEarlierAndNoHistory() {
        ReportContext run = new ReportContext(YearMonth.of(2026, 11), AT);
        assertEquals(Optional.empty(), run.earlier());
        assertEquals(Optional.empty(), run.yearEarlier());
        assertEquals(List.of(), run.history().apply(12));
        assertEquals(AT, run.created());
    }

    @Test
    void anEarlierPeriodsRowsAreACopyThatCannotChange() {
        Figure median = new Figure("senior_p50", "", "p50", OptionalDouble.of(150_000), OptionalLong.of(84), false,
                "Median", "$150,000");
        List<Earlier.Row> rows = new ArrayList<>(List.of(new Earlier.Row("career-report.pdf", median, "aging none")));
        Earlier october = new Earlier(YearMonth.of(2026, 10), rows);
        rows.clear();
        assertEquals(1, october.rows().size());
        assertThrows(UnsupportedOperationException.class, () -> october.rows().clear());
        ReportContext run = new ReportContext(YearMonth.of(2026, 11), AT, Optional.of(october), Optional.empty(),
                n -> List.of(october));
        assertTrue(run.earlier().isPresent());
        assertEquals("career-report.pdf", run.earlier().get().rows().get(0).report());
        assertEquals(List.of(october), run.history().apply(3));
    }
}
