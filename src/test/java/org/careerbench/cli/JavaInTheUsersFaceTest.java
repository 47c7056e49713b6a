package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: failures reached the user as Java — "java.nio.file.FileSystemException: …: Read-only
 * file system", "FileAlreadyExistsException" with exit 1 for an --output that is a file,
 * "(java.nio.charset.UnsupportedCharsetException …)" for a bogus --encoding; a directory named
 * salaries.csv, or a file given as --input, got "no such file"; verify printed the path twice.
 * Each is now a sentence and the right exit code.
 */
class JavaInTheUsersFaceTest {
    @TempDir
    Path dir;

    private static void noJava(String said) {
        assertFalse(said.matches("(?s).*\\b(java|javax|sun)\\.[a-z]+.*") || said.contains("Exception"), said);
    }

    @Test
    void anOutputThatIsAFileIsExitTwoInWords() throws Exception {
        Path file = Files.writeString(dir.resolve("output"), "not a folder");
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("run", "--output", file.toString(), "--period", "2026-11"));
        assertTrue(cli.err.toString().contains("--output " + file + " is a file, expected a folder"), cli.err.toString());
        noJava(cli.err.toString());
    }

    @Test
    void aBogusEncodingIsExitTwoInWords() {
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--encoding", "klingon-8"));
        assertTrue(cli.err.toString().contains("'klingon-8' is not a character encoding this Java knows"),
                cli.err.toString());
        noJava(cli.err.toString());
    }

    @Test
    void aFolderWhereAFileShouldBeAndAFileWhereAFolderShouldBe() throws Exception {
        Path in = TemplateFolders.sampleInput(dir.resolve("in"));
        Files.delete(in.resolve("salaries.csv"));
        Files.createDirectories(in.resolve("salaries.csv"));
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--input", in.toString()));
        assertTrue(cli.err.toString().contains("salaries.csv: found a folder named salaries.csv, expected the "
                + "'salaries' dataset as a CSV file"), cli.err.toString());
        Cli file = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, file.run("validate", "--input", "input/salaries.csv"));
        assertTrue(file.err.toString().contains("input/salaries.csv: found a file, expected the input folder"),
                file.err.toString());
        noJava(cli.err.toString() + file.err.toString());
    }

    @Test
    void verifyNamesAMissingFolderOnce() {
        Cli cli = new Cli();
        Path missing = dir.resolve("output/2026-11");
        assertEquals(ExitCodes.RENDERING_FAILED, cli.run("verify", missing.toString()));
        assertEquals(missing + ": no such folder, expected a published period folder such as output/2026-11",
                cli.err.toString().strip());
    }
}
