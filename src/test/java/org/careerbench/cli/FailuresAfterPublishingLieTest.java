package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): a ledger that could not be written after publishing made the run print
 * "failed" and exit 1 while the new period was published, and the next run never recorded it.
 */
class FailuresAfterPublishingLieTest {
    @TempDir
    Path dir;

    @Test
    void aLedgerThatCannotBeWrittenIsPublishedWithAProblemAndRepairedByTheNextRun() throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(output.resolve(".ledger"));
        Cli cli = new Cli();
        assertEquals(ExitCodes.PUBLISHED_WITH_PROBLEM, cli.run("run", "--period", "2026-11", "--output",
                output.toString()), cli.out + "\n" + cli.err);
        String said = cli.err.toString();
        assertTrue(said.contains("published 2026-11, with a problem after publishing") && said.contains("ledger"), said);
        assertFalse(said.contains("failed"), said);
        assertTrue(Files.isRegularFile(output.resolve("2026-11/manifest.json")), "the period is published");

        Files.delete(output.resolve(".ledger"));
        cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-10", "--output", output.toString()), cli.err.toString());
        String ledger = Files.readString(output.resolve(".ledger"));
        assertTrue(ledger.contains("2026-11\t") && ledger.contains("2026-10\t"), "the next run records what was missing: "
                + ledger);
    }
}
