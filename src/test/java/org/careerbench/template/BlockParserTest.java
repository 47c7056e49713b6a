package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careerbench.diagnostics.Problems;
import org.careerbench.handwritten.YamlNode;
import org.careerbench.handwritten.YamlText;
import org.junit.jupiter.api.Test;

/**
 * Every source the template language names parses into the spec of that source: a source added to
 * the vocabulary and not to the parser fails here, never turns into another block.
 */
class BlockParserTest {
    private static final Path FILE = Path.of("t.md");

    private static Optional<BlockSpec> parse(String kind, String yaml, Problems problems) {
        YamlNode body = YamlText.parse(FILE, 10, yaml, problems).orElseThrow();
        return new BlockParser(FILE, problems).parse(kind, body, 9);
    }

    @Test
    void everyTableAndChartSourceIsItsOwnSpec() {
        int parsed = 0;
        for (String kind : List.of("table", "chart")) {
            for (String source : Vocabulary.sources(kind)) {
                Problems problems = new Problems();
                String extra = switch (source) {
                    case "market" -> "\nindicator: Global SRE market size";
                    case "history" -> "\nfigures: [senior_p50]";
                    case "lookup" -> "\ntable: Benchmark";
                    default -> "";
                };
                Optional<BlockSpec> spec = parse(kind, "source: " + source + extra, problems);
                assertTrue(spec.isPresent(), kind + " " + source + ": " + problems.report());
                assertEquals(source, spec.get() instanceof TableSpec t ? t.source() : ((ChartSpec) spec.get()).source(),
                        kind + " " + source);
                parsed++;
            }
        }
        assertTrue(parsed >= 20, parsed + " sources");
    }

    @Test
    void anUnknownSourceIsAProblemAtItsLineNotAnotherBlock() {
        Problems problems = new Problems();
        assertEquals(Optional.empty(), parse("table", "caption: x\nsource: methodolgy", problems));
        assertTrue(problems.report().contains("t.md:11"), problems.report());
        assertTrue(problems.report().contains("did you mean 'methodology'"), problems.report());
    }

    @Test
    void aMisspeltSourceKeyWasReportedAsAMissingSource() {
        Problems problems = new Problems();
        assertTrue(parse("table", "sourc: findings\nfilter: {country: US}", problems).isEmpty());
        String report = problems.report();
        assertTrue(report.contains("t.md:10: unknown key 'sourc' in a table block (did you mean 'source'?)"), report);
        assertTrue(!report.contains("missing 'source:'"), report);
    }
}
