package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: two templates with the same {@code output:} passed {@code validate} (exit 0) while
 * {@code run} refused them (exit 2): validate ran its own copy of the preparation, and ignored
 * {@code --zone}. Both now share one preparation and say the same words.
 */
class ValidatePassesWhatRunRefusesTest {
    @TempDir
    Path dir;

    @Test
    void twoTemplatesWithOneOutputNameAreRefusedByBothInTheSameWords() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("a.md"), "---\ntitle: A\noutput: pay\n---\n# A\nText.\n");
        Files.writeString(t.resolve("b.md"), "---\ntitle: B\noutput: pay\n---\n# B\nText.\n");
        Cli validate = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, validate.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        Cli run = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, run.run("run", "--templates", t.toString(), "--period", "2026-11",
                "--output", dir.resolve("out").toString()));
        String words = t.resolve("b.md") + ":3: output 'pay.pdf' is also written by " + t.resolve("a.md");
        assertTrue(validate.err.toString().contains(words), validate.err.toString());
        assertTrue(run.err.toString().contains(validate.err.toString().strip()), run.err.toString());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing written");
    }

    @Test
    void validateCountsTheMonthInTheGivenZone() {
        // 23:30 on 30 November in UTC is already 1 December on the Line Islands (UTC+14).
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);
        Cli utc = new Cli(clock);
        assertEquals(ExitCodes.OK, utc.run("validate"), utc.err.toString());
        assertTrue(utc.out.toString().contains("ok: career-report.pdf for 2026-11"), utc.out.toString());
        Cli kiritimati = new Cli(clock);
        assertEquals(ExitCodes.OK, kiritimati.run("validate", "--zone", "Pacific/Kiritimati"), kiritimati.err.toString());
        assertTrue(kiritimati.out.toString().contains("ok: career-report.pdf for 2026-12"), kiritimati.out.toString());
    }
}
