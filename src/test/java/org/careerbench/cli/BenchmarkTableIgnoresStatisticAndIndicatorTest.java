package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a table with {@code source: benchmark} accepted {@code statistic: p90} and
 * {@code indicator: nonsense}; validate said "0 warnings" and the run rendered the default
 * statistics. Both keys are now refused at their own lines.
 */
class BenchmarkTableIgnoresStatisticAndIndicatorTest {
    @TempDir
    Path dir;

    @Test
    void statisticAndIndicatorOnABenchmarkTableAreRefusedAtTheirLines() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("pay.md"), """
                ---
                title: Pay
                ---
                # Pay
                ```table
                source: benchmark
                statistic: p90
                indicator: nonsense
                ```
                """);
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        String err = cli.err.toString();
        assertTrue(err.contains(t.resolve("pay.md") + ":7: 'statistic' is now written 'statistics'"), err);
        assertTrue(err.contains(t.resolve("pay.md") + ":8: key 'indicator' does not apply to a table with source: "
                + "benchmark; it applies to source market"), err);
        assertTrue(err.contains("2 problems:"), err);
    }
}
