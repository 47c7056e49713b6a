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
    void aCleanInputSaysNothingWasDroppedAndHowManyWereKept() {
        Block.Prose none = (Block.Prose) blocks().get(1);
        String text = none.runs().stream().map(TextRun::text).reduce("", String::concat);
        assertTrue(text.startsWith("No row of any dataset was dropped, changed or flagged"), text);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "%,d", Contexts.sample().salaries().size())),
                text);
    }

    @Test
    void eachReasonIsARowWithItsCount() {
        var sample = Contexts.sample();
        QualityReport report = new QualityReport(List.of(
                new QualityReport.Entry("salaries", org.careerbench.data.QualityReason.EXACT_DUPLICATE, 12),
                new QualityReport.Entry("salaries", org.careerbench.data.QualityReason.CURRENCY_CONVERTED, 40)),
                List.of("rates.csv: 2 rates used"));
        var data = new org.careerbench.data.InputData(sample.salaries(), sample.ranges(), sample.differentials(),
                sample.market(), sample.skills(), sample.sources(), sample.surveys(), sample.roster(), sample.files(),
                sample.policy(), report);
        BuildContext ctx = new ReportBuilder(data).context(Contexts.template(dir, "pdf", "hr", "# A\n"),
                new ReportContext(java.time.YearMonth.of(2026, 11), org.careerbench.Builds.CREATED));
        List<Block> blocks = new QualityBlocks(ctx).blocks("Quality");
        TableBlock t = (TableBlock) blocks.get(1);
        assertEquals(List.of(List.of("salaries", "exact duplicate of an earlier row", "dropped", 12L),
                List.of("salaries", "salary converted to the reporting currency", "changed", 40L)),
                t.rows().stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), ((Number) r.get(3)).longValue()))
                        .toList());
        assertEquals("rates.csv: 2 rates used", ((Block.Note) blocks.get(2)).text());
    }
}
