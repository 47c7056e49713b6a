package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.careerbench.report.Figure;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A figure named as the report's reader knows it, never as figures.csv keys it. */
class FigureNamesTest {
    @TempDir
    Path dir;

    private FigureNames names() {
        BuildContext ctx = Contexts.of(Contexts.template(dir, "pdf", "hr", "# A\n"));
        return new FigureNames(ctx, Map.of("senior_p50", new KeyFigure("senior_p50", "Median base salary, Senior",
                195_000.0, ValueType.MONEY, "USD", "")), Map.of("Benchmark2", "Base salary by region and level"));
    }

    private static Figure figure(String block, String keys, String statistic) {
        return new Figure(block, keys, statistic, OptionalDouble.of(1), OptionalLong.of(1), false, "", "1");
    }

    @Test
    void aKeyFigureIsItsLabelAndTheReportsSizeIsSaidInWords() {
        assertEquals("Median base salary, Senior", names().of(figure("senior_p50", "", "p50")));
        assertEquals("Salary observations in the population", names().of(figure("population", "", "n")));
    }

    @Test
    void aCellIsItsTablesCaptionAndItsGroupsAsTheReaderSeesThem() {
        assertEquals("Base salary by region and level: Europe, Senior",
                names().of(figure("Benchmark2", "Europe | Senior", "p50")));
        assertEquals("Base salary by region and level: \u2014 (not given), Senior",
                names().of(figure("Benchmark2", " | Senior", "p50")));
        assertEquals("Unnamed: Mid", names().of(figure("Unnamed", "Mid", "p50")));
    }

    @Test
    void aStatisticIsHeadedAsTheTablesHeadIt() {
        assertEquals("P50", names().statistic("p50"));
        assertEquals("Mean", names().statistic("mean"));
        assertEquals("CAGR", names().statistic("cagr"));
    }
}
