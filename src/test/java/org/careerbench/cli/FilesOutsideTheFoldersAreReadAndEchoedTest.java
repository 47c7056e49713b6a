package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): {@code theme: /etc/passwd} printed the file's first lines in the error, and
 * a mapping's {@code file:} through a link inside the input folder read {@code /etc/passwd}. Files
 * are fenced by their real path and a file outside is never read, so never quoted.
 */
class FilesOutsideTheFoldersAreReadAndEchoedTest {
    @TempDir
    Path dir;

    /** A secret-looking file outside both folders, standing in for /etc/passwd. */
    private Path secret() throws Exception {
        Path secret = Files.createDirectories(dir.resolve("etc")).resolve("passwd");
        Files.writeString(secret, "root:x:0:0:SECRET-LINE:/root:/bin/bash\ndaemon:x:1:1:SECRET-TWO\n");
        return secret;
    }

    private static void assertRefusedWithoutQuoting(Cli cli, int code, String words) {
        String said = cli.out + "\n" + cli.err;
        assertEquals(ExitCodes.BAD_INPUT, code, said);
        assertTrue(said.contains(words), said);
        assertFalse(said.contains("SECRET") || said.contains("root:x"), "the outside file is never quoted: " + said);
    }

    @Test
    void aThemeNamedByAnAbsolutePathOutsideTheTemplatesFolderIsNotRead() throws Exception {
        Path secret = secret();
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Path report = templates.resolve("career-report.md");
        Files.writeString(report, Files.readString(report).replaceFirst("\n", "\ntheme: " + secret + "\n"));
        Cli cli = new Cli();
        assertRefusedWithoutQuoting(cli, cli.run("validate", "--templates", templates.toString()),
                "is outside the templates folder");
    }

    @Test
    void aThemeLinkThatLeadsOutOfTheTemplatesFolderIsNotRead() throws Exception {
        Path secret = secret();
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Files.delete(templates.resolve("theme.yaml"));
        Files.createSymbolicLink(templates.resolve("theme.yaml"), secret);
        Cli cli = new Cli();
        assertRefusedWithoutQuoting(cli, cli.run("validate", "--templates", templates.toString()), "outside");
    }

    @Test
    void aMappingFileThroughALinkedFolderInsideTheInputIsNotRead() throws Exception {
        Path secret = secret();
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        Files.createSymbolicLink(input.resolve("etcdir"), secret.getParent());
        Files.delete(input.resolve("salaries.csv"));
        Files.writeString(input.resolve("salaries.mapping.yaml"), "file: etcdir/passwd\n");
        Cli cli = new Cli();
        assertRefusedWithoutQuoting(cli, cli.run("validate", "--input", input.toString()),
                "is outside the input folder");
    }

    @Test
    void aDatasetFileThatLinksOutOfTheInputFolderIsNotRead() throws Exception {
        Path secret = secret();
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        Files.delete(input.resolve("skills.csv"));
        Files.createSymbolicLink(input.resolve("skills.csv"), secret);
        Cli cli = new Cli();
        assertRefusedWithoutQuoting(cli, cli.run("validate", "--input", input.toString()),
                "leads outside the input folder");
    }

    @Test
    void aFontOrLogoOutsideTheTemplatesFolderIsNotRead() throws Exception {
        Path secret = secret();
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Files.writeString(templates.resolve("theme.yaml"), Files.readString(templates.resolve("theme.yaml"))
                .replaceFirst("logo: logo.png", "logo: ../etc/passwd.png") + "\n");
        Files.copy(secret, secret.resolveSibling("passwd.png"));
        Cli cli = new Cli();
        assertRefusedWithoutQuoting(cli, cli.run("validate", "--templates", templates.toString()),
                "is outside the templates folder");
    }
}
