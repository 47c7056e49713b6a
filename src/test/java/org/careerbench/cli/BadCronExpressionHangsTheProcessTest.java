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
 * Regression (issue 27, found writing the schedule command's tests): {@code schedule} registered its
 * stop hook before it checked {@code --cron}, so a refused expression left a hook waiting up to 30
 * minutes for a run that never started: the process printed its error and then hung.
 */
class BadCronExpressionHangsTheProcessTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedCronExpressionEndsTheProcessAtOnceWithExitTwo() throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(),
                "schedule", "--cron", "61 * * * *", "--output", output.toString());
        Process schedule = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean ended = schedule.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            schedule.destroyForcibly();
        }
        assertTrue(ended, "the process ended instead of waiting on its stop hook");
        String said = new String(schedule.getInputStream().readAllBytes());
        assertEquals(ExitCodes.BAD_INPUT, schedule.exitValue(), said);
        assertTrue(said.contains("--cron '61 * * * *' is not a five-field UNIX cron expression"), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
    }

    @Test
    void otherRefusedOptionsAreRefusedInWords() {
        String keep = Cli.refused("schedule", "--cron", "0 6 1 * *", "--keep", "0", "--output",
                dir.resolve("o").toString());
        assertTrue(keep.contains("--keep 0 keeps nothing"), keep);
        String mode = Cli.refused("schedule", "--cron", "0 6 1 * *", "--catch-up", "some", "--output",
                dir.resolve("o").toString());
        assertTrue(mode.contains("--catch-up 'some', expected all, latest or none"), mode);
    }
}
