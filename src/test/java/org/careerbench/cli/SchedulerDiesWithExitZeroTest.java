package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): a scheduler that died of an unexpected failure during catch-up exited 0,
 * because its stop hook reported every end of the process as a clean stop; a supervisor restarting
 * on failure never noticed.
 */
class SchedulerDiesWithExitZeroTest {
    @TempDir
    Path dir;

    @Test
    void aSchedulerThatCannotReadItsLedgerExitsNonZeroInWords() throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        // A ledger that cannot be read: the scheduler cannot know what it missed.
        Files.createDirectories(output.resolve(".ledger"));
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(),
                "schedule", "--cron", "0 6 1 * *", "--catch-up", "latest", "--output", output.toString());
        Process schedule = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(schedule.waitFor(60, TimeUnit.SECONDS), "the scheduler ended");
        String said = new String(schedule.getInputStream().readAllBytes());
        assertEquals(ExitCodes.RENDERING_FAILED, schedule.exitValue(), said);
        assertTrue(said.contains(".ledger"), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
    }
}
