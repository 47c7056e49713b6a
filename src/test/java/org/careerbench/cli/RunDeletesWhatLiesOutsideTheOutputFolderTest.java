package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): a link at {@code output/<period>} pointing outside the output folder was
 * taken for the run's own link, and the place it pointed to was deleted after publishing.
 */
class RunDeletesWhatLiesOutsideTheOutputFolderTest {
    @TempDir
    Path dir;

    private Path precious() throws Exception {
        Path v = Files.createDirectories(dir.resolve("v/sub"));
        Files.writeString(dir.resolve("v/precious.txt"), "x");
        return v.getParent();
    }

    private void assertRefusedAndUntouched(Cli cli, int code, Path output, Path precious) {
        assertEquals(ExitCodes.BAD_INPUT, code, cli.out + "\n" + cli.err);
        assertTrue(cli.err.toString().contains("did not make") || cli.err.toString().contains("did not write"),
                cli.err.toString());
        assertTrue(cli.err.toString().contains("nothing was written"), cli.err.toString());
        assertTrue(Files.exists(precious.resolve("precious.txt")), "the linked folder's file is still there");
        assertTrue(Files.isDirectory(precious.resolve("sub")));
        assertFalse(cli.err.toString().contains("Exception"), cli.err.toString());
    }

    @Test
    void aLinkToAFolderElsewhereIsRefusedBeforeAnythingIsRead() throws Exception {
        Path v = precious();
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(output.resolve("2026-11"), v);
        for (String[] args : new String[][] {{}, {"--force"}}) {
            Cli cli = new Cli();
            String[] all = new String[] {"run", "--period", "2026-11", "--output", output.toString()};
            all = java.util.stream.Stream.concat(java.util.Arrays.stream(all), java.util.Arrays.stream(args))
                    .toArray(String[]::new);
            assertRefusedAndUntouched(cli, cli.run(all), output, v);
            assertEquals(v, Files.readSymbolicLink(output.resolve("2026-11")), "the user's link is left as it was");
            assertFalse(Files.exists(output.resolve(".careerbench.lock")), "nothing was written, not even a lock");
        }
    }

    @Test
    void aLinkToAFileElsewhereIsRefused() throws Exception {
        Path v = precious();
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(output.resolve("2026-11"), v.resolve("precious.txt"));
        Cli cli = new Cli();
        assertRefusedAndUntouched(cli, cli.run("run", "--period", "2026-11", "--output", output.toString(), "--force"),
                output, v);
    }

    @Test
    void aRelativeLinkThatClimbsOutOfTheOutputFolderIsRefused() throws Exception {
        Path v = precious();
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(output.resolve("2026-11"), Path.of("../v"));
        Cli cli = new Cli();
        assertRefusedAndUntouched(cli, cli.run("run", "--period", "2026-11", "--output", output.toString()), output, v);
    }

    @Test
    void aPlainFileOrAForeignFolderAtThePeriodIsRefused() throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.writeString(output.resolve("2026-11"), "notes");
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("run", "--period", "2026-11", "--output", output.toString()));
        assertEquals("notes", Files.readString(output.resolve("2026-11")));
        Files.delete(output.resolve("2026-11"));
        Files.createDirectories(output.resolve("2026-11"));
        Files.writeString(output.resolve("2026-11/mine.txt"), "mine");
        cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("run", "--period", "2026-11", "--output", output.toString()));
        assertTrue(cli.err.toString().contains("no manifest.json"), cli.err.toString());
        assertEquals("mine", Files.readString(output.resolve("2026-11/mine.txt")));
    }

    @Test
    void keepingTheNewestPeriodsNeverDeletesAnOldPeriodLinkedIntoAnArchive() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive/2026-01"));
        Files.writeString(archive.resolve("manifest.json"), "{}");
        Files.writeString(archive.resolve("career-report.pdf"), "kept for years");
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(output.resolve("2026-01"), archive);
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--output", output.toString(), "--keep", "1"),
                cli.err.toString());
        assertEquals("kept for years", Files.readString(archive.resolve("career-report.pdf")));
        assertTrue(Files.isSymbolicLink(output.resolve("2026-01")), "the user's link stays too");
    }

    @Test
    void theRunsOwnLinkIsReplacedAndItsOldFolderRemoved() throws Exception {
        Path output = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--output", output.toString()), cli.err.toString());
        Path first = output.resolve(Files.readSymbolicLink(output.resolve("2026-11")));
        cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--output", output.toString(), "--force"),
                cli.err.toString());
        assertFalse(Files.exists(first), "the replaced run folder, the run's own, is gone");
        assertTrue(Files.isRegularFile(output.resolve("2026-11/manifest.json")));
    }
}
