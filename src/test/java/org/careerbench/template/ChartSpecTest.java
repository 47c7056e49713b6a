package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.careerbench.report.ChartType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart block per source: its kind where the source decides it, its keys as written. */
class ChartSpecTest {
    @TempDir
    Path dir;

    private List<BlockSpec> blocks(String body) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        return new TemplateLoader().load(Files.writeString(dir.resolve("t.md"), "---\ntitle: T\n---\n# A\n" + body))
                .blocks();
    }

    private static String chart(String yaml) {
        return "```chart\n" + yaml + "\n```\n\n";
    }

    @Test
    void rangesArePlottedAsBoxesAndPayMixAsStackedBarsWhateverIsWritten() throws Exception {
        List<BlockSpec> b = blocks(chart("source: ranges") + chart("source: paymix"));
        assertEquals(ChartType.BOX, ((ChartSpec) b.get(0)).type());
        assertEquals(ChartType.STACKED, ((ChartSpec) b.get(1)).type());
    }

    @Test
    void aBenchmarkChartKeepsItsKindTitleAndAxes() throws Exception {
        ChartSpec.Benchmark c = (ChartSpec.Benchmark) blocks(chart("source: benchmark\nrows: region\ntype: hbar\n"
                + "title: Pay by region\ncategory-axis: Region\nvalue-axis: USD\nstatistics: [p25, p50]")).get(0);
        assertEquals(ChartType.HBAR, c.type());
        assertEquals("Pay by region", c.title());
        assertEquals(new ChartSpec.Axes("Region", "USD"), c.axes());
        assertEquals(org.careerbench.data.SalaryDimension.REGION, c.rows());
        assertEquals(2, c.statistics().size());
    }

    @Test
    void eachChartSourceOfTheVocabularyIsOneSpec() throws Exception {
        StringBuilder body = new StringBuilder();
        for (String source : Vocabulary.sources("chart")) {
            body.append(chart("source: " + source + switch (source) {
                case "market" -> "\nindicator: Global SRE market size";
                case "history" -> "\nfigures: [x]";
                default -> "";
            }));
        }
        body.append("```figures\n- id: x\n  label: X\n  source: observations\n```\n");
        Set<String> parsed = blocks(body.toString()).stream().filter(ChartSpec.class::isInstance)
                .map(b -> ((ChartSpec) b).source()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Vocabulary.sources("chart")), parsed);
        assertTrue(parsed.contains("history"));
    }
}
