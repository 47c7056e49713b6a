package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: bad reference data was published as if fine — a range with min above max, the same
 * market indicator and year twice, an exchange rate of 0 or below, a header naming one column
 * twice, a salary dated years after the period; a text longer than a workbook cell passed
 * validation and then failed the run; a CSV syntax error past line 999 lost its line. Each is now
 * refused while reading, at its file and line.
 */
class BadReferenceDataPublishedAsFineTest {
    @TempDir
    Path dir;

    private Path sample() throws Exception {
        return org.careerbench.SampleInput.copyTo(dir.resolve("in"));
    }

    private String refused(Path in) {
        return assertThrows(DataException.class, () -> new InputLoader().load(in)).getMessage();
    }

    private static void replaceLine(Path file, int line, String text) throws Exception {
        var lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(line - 1, text);
        Files.write(file, lines);
    }

    @Test
    void aRangeWhoseMinimumIsAboveItsMaximum() throws Exception {
        Path in = sample();
        replaceLine(in.resolve("salary-ranges.csv"), 2, "Individual contributor,Entry,Entry-level SRE (0-2 years),"
                + "130000,120000,false,USD,US,2024,Entry,seed career profile (AiPathly),SRE & ML Infrastructure");
        assertTrue(refused(in).contains("salary-ranges.csv:2: column 'max': found max 120,000 below min 130,000"),
                refused(in));
    }

    @Test
    void theSameMarketIndicatorAndYearTwice() throws Exception {
        Path in = sample();
        Files.writeString(in.resolve("market.csv"), Files.readString(in.resolve("market.csv"))
                + "Global SRE market size,2024,300,USD million,stated,someone,SRE & ML Infrastructure\n");
        String e = refused(in);
        assertTrue(e.contains("market.csv:") && e.contains("the same indicator and year as line 2"), e);
    }

    @Test
    void anExchangeRateOfZeroOrBelowAndACurrencyListedTwice() throws Exception {
        Path in = sample();
        Files.writeString(in.resolve("rates.csv"), "currency,units_per_usd,as_of\nEUR,0,2026-10-31\nGBP,0.79,2026-10-31\n"
                + "GBP,0.8,2026-10-31\n");
        String e = refused(in);
        assertTrue(e.contains("rates.csv:2: column 'units_per_usd': found rate 0.0, expected a number above 0"), e);
        assertTrue(e.contains("rates.csv:4: found the same currency as line 3"), e);
    }

    @Test
    void aHeaderNamingOneColumnTwice() throws Exception {
        Path in = sample();
        replaceLine(in.resolve("skills.csv"), 1, "rank,skill,examples,demand_index,index_basis,source,skill");
        assertTrue(refused(in).contains("skills.csv:1:7: column 'skill': found column 'skill' named twice in the "
                + "header (columns 2 and 7)"), refused(in));
    }

    @Test
    void aTextLongerThanAWorkbookCellHolds() throws Exception {
        Path in = sample();
        Files.writeString(in.resolve("skills.csv"), Files.readString(in.resolve("skills.csv"))
                + "9,Long,\"" + "x".repeat(40_000) + "\",10,stated,somewhere,SRE & ML Infrastructure\n");
        assertTrue(refused(in).contains("column 'examples': found a text of 40000 characters, expected at most 32767 "
                + "characters"), refused(in));
    }

    @Test
    void aCsvSyntaxErrorPastLine999KeepsItsLine() throws Exception {
        Path in = sample();
        StringBuilder s = new StringBuilder(Files.readString(in.resolve("salaries.csv")));
        s.append("SRE & ML Infrastructure,\"Site Reliability Engineer,Senior,US,North America,Large,Full-time,0,"
                + "150000,USD,150000,USD,2024\n");
        Files.writeString(in.resolve("salaries.csv"), s);
        long line = Files.readAllLines(in.resolve("salaries.csv")).size();
        String e = refused(in);
        assertTrue(line > 999);
        assertTrue(e.contains("salaries.csv:" + line + ": found malformed CSV (a quoted field that is never closed"), e);
    }

    @Test
    void aSalaryDatedAfterTheEffectiveDateIsDroppedAndCounted() throws Exception {
        Path in = sample();
        Files.writeString(in.resolve("salaries.csv"), Files.readString(in.resolve("salaries.csv"))
                + "SRE & ML Infrastructure,Site Reliability Engineer,Senior,US,North America,Large,Full-time,0,"
                + "150000,USD,150000,USD,2031\n");
        InputData data = new InputLoader().load(in, new Needs(Map.of(), Optional.of(LocalDate.of(2026, 11, 1))));
        assertTrue(data.salaries().stream().noneMatch(o -> o.year() == 2031));
        assertTrue(data.quality().entries().stream().anyMatch(e -> e.reason() == QualityReason.DATED_AFTER_PERIOD
                && e.rows() == 1), data.quality().entries().toString());
    }

    @Test
    void topCodedWithoutAValueIsDescribedAsShown() {
        assertEquals("value top-coded by the publisher without a figure ('#'); shown as not available",
                QualityReason.TOP_CODED_NO_VALUE.description());
        assertEquals(Marker.TOP_CODED, ValueRules.number("#", r -> assertEquals(QualityReason.TOP_CODED_NO_VALUE, r))
                .marker());
    }
}
