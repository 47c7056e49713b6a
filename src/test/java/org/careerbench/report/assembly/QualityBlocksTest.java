package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerbench.data.QualityReport;
import org.careerbench.report.Block;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-quality section: the policy in words, then what ingestion did, counted by reason. */
class QualityBlocksTest {
    @TempDir
    Path dir;

    private List<Block> blocks() {
        return new QualityBlocks(Contexts.of(Contexts.template(dir, "pdf", "hr", "# A\n"))).blocks("Quality");
    }

    @Test
    void thePolicyComesFirstWithItsThresholds() {
        Block.Prose policy = (Block.Prose) blocks().get(0);
        String text = policy.runs().stream().map(TextRun::text).reduce("", String::concat);
        assertTrue(text.startsWith("Policy: exact duplicate rows are dropped"), text);
        assertTrue(text.contains("below $10,000"), text);
        assertTrue(text.contains("above $2,000,000"), text);
    }

    @Test
    void eachReasonIsARowWithItsCount() {
        QualityReport report = Contexts.sample().quality();
        List<Block> blocks = blocks();
        assertTrue(!report.entries().isEmpty(), "the sample's export has rows the policy drops or changes");
        TableBlock t = (TableBlock) blocks.get(1);
        assertEquals(report.entries().size(), t.rows().size());
        for (int i = 0; i < t.rows().size(); i++) {
            assertEquals(report.entries().get(i).rows(), ((Number) t.rows().get(i).get(3)).longValue());
            assertEquals(report.entries().get(i).dataset(), t.rows().get(i).get(0));
        }
        assertTrue(t.footnotes().get(0).contains(String.valueOf(Contexts.sample().salaries().size())),
                t.footnotes().toString());
    }
}
