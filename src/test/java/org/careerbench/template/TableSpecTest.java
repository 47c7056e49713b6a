package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careerbench.data.SalaryDimension;
import org.careerbench.stats.Statistic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table block per source, each with exactly its keys and its defaults. */
class TableSpecTest {
    @TempDir
    Path dir;

    private List<BlockSpec> blocks(String front, String body) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        return new TemplateLoader().load(Files.writeString(dir.resolve("t.md"), "---\ntitle: T\n" + front + "---\n# A\n"
                + body)).blocks();
    }

    private static String table(String yaml) {
        return "```table\n" + yaml + "\n```\n\n";
    }

    @Test
    void aBenchmarkKeepsItsRowsFilterStatisticsAndName() throws Exception {
        TableSpec.Benchmark b = (TableSpec.Benchmark) blocks("", table("source: benchmark\nname: Pay\n"
                + "rows: [level, region]\nfilter: {country: US}\nstatistics: [n, p50]\ncaption: Pay")).get(0);
        assertEquals(Optional.of("Pay"), b.name());
        assertEquals(List.of(SalaryDimension.LEVEL, SalaryDimension.REGION), b.rows());
        assertEquals(List.of(Statistic.N, Statistic.P50), b.statistics());
        assertEquals("Pay", b.caption());
        assertEquals(1, b.filter().conditions().size());
        assertEquals("benchmark", b.source());
    }

    @Test
    void assumptionsHaveNoNameAndNoCaptionOfTheirOwn() throws Exception {
        TableSpec a = (TableSpec) blocks("format: xlsx\naudience: analyst\n", table("source: assumptions")).get(0);
        assertTrue(a instanceof TableSpec.Assumptions);
        assertEquals(Optional.empty(), a.name());
        assertEquals("assumptions", a.source());
    }

    @Test
    void aChangesTableHasAThresholdAndAHistoryItsFiguresAndPeriods() throws Exception {
        List<BlockSpec> b = blocks("", "```figures\n- id: x\n  label: X\n  source: observations\n```\n\n"
                + table("source: changes") + table("source: history\nfigures: [x]\nperiods: 6"));
        TableSpec.Changes changes = (TableSpec.Changes) b.get(1);
        assertTrue(changes.threshold() >= 0, "a threshold below which a change is not listed");
        TableSpec.History history = (TableSpec.History) b.get(2);
        assertEquals(List.of("x"), history.figures());
        assertEquals(6, history.periods());
    }

    @Test
    void eachTableSourceOfTheVocabularyParsesToASpecOfThatSource() throws Exception {
        for (String source : Vocabulary.sources("table")) {
            String extra = switch (source) {
                case "market" -> "\nindicator: Global SRE market size";
                case "history" -> "\nfigures: [x]";
                case "lookup" -> "\ntable: Benchmark";
                case "checks" -> "\nobservations: Obs";
                default -> "";
            };
            String front = source.equals("observations") || source.equals("positioning") || source.equals("checks")
                    || source.equals("assumptions") ? "format: xlsx\naudience: analyst\n" : "";
            List<BlockSpec> b = blocks(front, "```figures\n- id: x\n  label: X\n  source: observations\n```\n\n"
                    + table("source: " + source + extra));
            assertEquals(source, ((TableSpec) b.get(1)).source());
        }
    }
}
