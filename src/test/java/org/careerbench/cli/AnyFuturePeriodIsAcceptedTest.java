package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): {@code --period 9999-12} published a senior median of $439 quintillion with
 * "No data warnings", and a typo such as 2062-11 aged salaries 36 years without a word.
 */
class AnyFuturePeriodIsAcceptedTest {
    @TempDir
    Path dir;

    private final Clock december = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void aPeriodMoreThanAMonthAheadIsRefusedBeforeAnythingIsWritten() {
        for (String period : new String[] {"9999-12", "2062-11", "2027-02"}) {
            Cli cli = new Cli(december);
            Path output = dir.resolve("out-" + period);
            assertEquals(ExitCodes.BAD_INPUT, cli.run("run", "--period", period, "--output", output.toString()), period);
            assertTrue(cli.err.toString().contains("more than a month after the current month (2026-12)")
                    && cli.err.toString().contains("--allow-future"), cli.err.toString());
            assertFalse(Files.exists(output), "nothing written");
        }
    }

    @Test
    void nextMonthIsFineAndAFuturePeriodOnPurposeIsAllowed() {
        Cli cli = new Cli(december);
        assertEquals(ExitCodes.OK, cli.run("validate", "--period", "2027-01"), cli.err.toString());
        cli = new Cli(december);
        assertEquals(ExitCodes.OK, cli.run("validate", "--period", "2027-06", "--allow-future"), cli.err.toString());
    }
}
