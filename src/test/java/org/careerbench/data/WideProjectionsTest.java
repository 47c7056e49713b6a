package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a wide projections table (one row per occupation, one column per year) could not
 * become the market dataset without editing the file; filters compared the raw {@code ="…"}
 * cell. A mapping now unpivots the year columns and filters on the cleaned code.
 */
class WideProjectionsTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/projections-wide");

    @TempDir
    Path dir;

    /** The sample input with its market.csv swapped for the wide projections and their mapping. */
    static Path inputWithWideMarket(Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        org.careerbench.SampleInput.copyTo(in);
        Files.delete(in.resolve("market.csv"));
        Files.copy(FIXTURE.resolve("projections.csv"), in.resolve("projections.csv"));
        Files.copy(FIXTURE.resolve("market.mapping.yaml"), in.resolve("market.mapping.yaml"));
        return in;
    }

    @Test
    void yearColumnsBecomeRowsAndTheFilterSeesTheCleanedCode() throws Exception {
        InputData data = new InputLoader().load(inputWithWideMarket(dir));
        List<MarketIndicator> market = data.market();
        assertEquals(6, market.size(), "three occupations kept by the cleaned code, two years each: " + market);
        MarketIndicator dev2030 = market.stream().filter(m -> m.indicator().equals("Software developers")
                && m.year() == 2030).findFirst().orElseThrow();
        assertEquals(1773.1, dev2030.value(), 1e-9);
        assertEquals("thousand jobs", dev2030.unit());
        assertTrue(market.stream().noneMatch(m -> m.indicator().equals("Database administrators")),
                "the row with N/A is left out by the filter on its cleaned code");
        InputFile file = data.files().stream().filter(f -> f.dataset().equals("market")).findFirst().orElseThrow();
        assertEquals(4, file.rowsRead());
        assertEquals(6, file.rowsKept());
        assertEquals("public domain", file.provenance().licence());
        assertTrue(data.quality().entries().stream().anyMatch(e -> e.dataset().equals("market")
                && e.reason() == QualityReason.EXCLUDED_BY_MAPPING && e.rows() == 1), data.quality().entries().toString());
    }
}
