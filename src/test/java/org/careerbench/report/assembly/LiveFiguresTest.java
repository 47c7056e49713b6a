package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.LiveValue;
import org.careerbench.report.Suppressed;
import org.careerbench.stats.Statistic;
import org.careerbench.template.FilterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published figure as a formula over the observations where it can be recomputed, else its value. */
class LiveFiguresTest {
    @TempDir
    Path dir;

    private static final FilterSpec US = new FilterSpec(List.of(new FilterSpec.Condition(SalaryDimension.COUNTRY,
            List.of("US"), 9)));

    private LiveFigures figures(String format, String body) {
        return new LiveFigures(Contexts.of(Contexts.template(dir, format, "analyst", "# A\n" + body)));
    }

    private static final String LIVE = Contexts.fence("table", "source: assumptions") + Contexts.fence("table",
            "source: observations\nname: Obs\nrows: level") + Contexts.fence("table", "source: survey\n"
            + "filter: {country: US}");

    @Test
    void aLevelsMedianIsAStatisticOfItsLevelsRowsInTheFiltersColumn() {
        Object live = figures("xlsx", LIVE).ofLevel(150_000.0, US, "Senior", Statistic.P50, PayElement.BASE);
        LiveValue.CellStatistic s = (LiveValue.CellStatistic) live;
        assertEquals("Obs", s.table());
        assertEquals("Level", s.keyColumn());
        assertEquals("Senior", s.key());
        assertEquals("Aged base salary, US", s.valueColumn());
        assertEquals(150_000.0, s.cached());
    }

    @Test
    void allRowsOfAFilterAreAColumnStatistic() {
        Object live = figures("xlsx", LIVE).ofAll(140_000.0, US, Statistic.P25, PayElement.BASE);
        LiveValue.ColumnStatistic s = (LiveValue.ColumnStatistic) live;
        assertEquals("Aged base salary, US", s.column());
        assertEquals(Statistic.P25, s.statistic());
    }

    @Test
    void whatCannotBeRecomputedStaysAValue() {
        LiveFigures live = figures("xlsx", LIVE);
        assertSame(Suppressed.VALUE, live.ofLevel(Suppressed.VALUE, US, "Senior", Statistic.P50, PayElement.BASE),
                "a withheld figure is never a formula");
        assertEquals(12, live.ofLevel(12, US, "Senior", Statistic.N, PayElement.BASE), "counts stay values");
        assertEquals(150_000.0, live.ofLevel(150_000.0, US, "Senior", Statistic.MEAN, PayElement.BASE),
                "a mean by level stays a value");
        assertEquals(160_000.0, live.ofLevel(160_000.0, US, "Senior", Statistic.P50, PayElement.TOTAL_CASH),
                "only base salaries are in the observations table");
        FilterSpec europe = new FilterSpec(List.of(new FilterSpec.Condition(SalaryDimension.REGION, List.of("Europe"),
                9)));
        assertEquals(90_000.0, live.ofAll(90_000.0, europe, Statistic.P50, PayElement.BASE),
                "no member column for a filter no block reads live");
    }

    @Test
    void withoutAssumptionsEveryFigureIsAValue() {
        assertEquals(150_000.0, figures("xlsx", Contexts.fence("table", "source: observations\nname: Obs\nrows: level"))
                .ofLevel(150_000.0, FilterSpec.NONE, "Senior", Statistic.P50, PayElement.BASE));
        assertTrue(figures("xlsx", LIVE).ofLevel(150_000.0, FilterSpec.NONE, "Senior", Statistic.P50,
                PayElement.BASE) instanceof LiveValue.CellStatistic, "no filter reads the aged column itself");
    }
}
