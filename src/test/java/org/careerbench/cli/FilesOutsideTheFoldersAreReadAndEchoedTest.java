package org.careerbench.cli;

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

    /** Replaces {@code file} by a link to {@code target}. */
    private static void link(Path file, Path target) throws Exception {
        Files.deleteIfExists(file);
        Files.createSymbolicLink(file, target);
    }

    private static void assertRefusedWithoutQuoting(String words, String... args) {
        String said = Cli.refused(args);
        assertTrue(said.contains(words), said);
        assertFalse(said.contains("SECRET") || said.contains("root:x"), "the outside file is never quoted: " + said);
    }

    @Test
    void aThemeNamedByAnAbsolutePathOutsideTheTemplatesFolderIsNotRead() throws Exception {
        Path secret = secret();
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Path report = templates.resolve("career-report.md");
        Files.writeString(report, Files.readString(report).replaceFirst("\n", "\ntheme: " + secret + "\n"));
        assertRefusedWithoutQuoting("is outside the templates folder", "validate", "--templates", templates.toString());
    }

    @Test
    void aThemeLinkThatLeadsOutOfTheTemplatesFolderIsNotRead() throws Exception {
        Path secret = secret();
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        link(templates.resolve("theme.yaml"), secret);
        assertRefusedWithoutQuoting("outside", "validate", "--templates", templates.toString());
    }

    @Test
    void aMappingFileThroughALinkedFolderInsideTheInputIsNotRead() throws Exception {
        Path secret = secret();
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        Files.createSymbolicLink(input.resolve("etcdir"), secret.getParent());
        Files.delete(input.resolve("salaries.csv"));
        Files.writeString(input.resolve("salaries.mapping.yaml"), "file: etcdir/passwd\n");
        assertRefusedWithoutQuoting("is outside the input folder", "validate", "--input", input.toString());
    }

    @Test
    void aDatasetFileThatLinksOutOfTheInputFolderIsNotRead() throws Exception {
        Path secret = secret();
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        link(input.resolve("skills.csv"), secret);
        assertRefusedWithoutQuoting("leads outside the input folder", "validate", "--input", input.toString());
    }

    @Test
    void aFontOrLogoOutsideTheTemplatesFolderIsNotRead() throws Exception {
        Path secret = secret();
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Files.writeString(templates.resolve("theme.yaml"), Files.readString(templates.resolve("theme.yaml"))
                .replaceFirst("logo: logo.png", "logo: ../etc/passwd.png") + "\n");
        Files.copy(secret, secret.resolveSibling("passwd.png"));
        assertRefusedWithoutQuoting("is outside the templates folder", "validate", "--templates", templates.toString());
    }
}
