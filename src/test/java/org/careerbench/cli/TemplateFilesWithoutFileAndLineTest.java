package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): invalid UTF-8 in a template or YAML file said "Input length = 2" with no
 * file or line; a YAML syntax error added false follow-up problems; a theme font that is not a
 * TrueType file passed validate and failed run.
 */
class TemplateFilesWithoutFileAndLineTest {
    @TempDir
    Path dir;

    private static byte[] withBadByteOnLine(String text, int line) {
        String[] lines = text.split("\n", -1);
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < line - 1; i++) {
            before.append(lines[i]).append('\n');
        }
        byte[] head = before.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = String.join("\n", java.util.Arrays.copyOfRange(lines, line - 1, lines.length))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3;
        all[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        return all;
    }

    @Test
    void invalidUtf8InATemplateIsAProblemAtItsFileAndLine() throws Exception {
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Path report = templates.resolve("career-report.md");
        Files.write(report, withBadByteOnLine(Files.readString(report), 5));
        String said = Cli.refused("validate", "--templates", templates.toString());
        assertTrue(said.contains("career-report.md:5") && said.contains("not valid UTF-8"), said);
        assertFalse(said.contains("Input length"), said);
    }

    @Test
    void invalidUtf8InAThemeOrQualityFileIsAProblemAtItsFileAndLine() throws Exception {
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Path theme = templates.resolve("theme.yaml");
        Files.write(theme, withBadByteOnLine(Files.readString(theme), 3));
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        Files.write(input.resolve("quality.yaml"), withBadByteOnLine("duplicates: keep\nsalary-floor: 1000\n", 2));
        String said = Cli.refused("validate", "--templates", templates.toString(), "--input",
                input.toString());
        assertTrue(said.contains("theme.yaml:3") || said.contains("quality.yaml:2"), said);
        assertFalse(said.contains("Input length"), said);
    }

    @Test
    void aYamlSyntaxErrorInAMappingAddsNoFalseFollowUpProblems() throws Exception {
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        Files.move(input.resolve("salaries.csv"), input.resolve("export.csv"));
        Files.writeString(input.resolve("salaries.mapping.yaml"), "dataset: salaries\nfile: export.csv\ncolumns: [a, b\n");
        String said = Cli.refused("validate", "--input", input.toString());
        assertTrue(said.contains("salaries.mapping.yaml:") && said.contains("invalid YAML"), said);
        assertFalse(said.contains("missing 'file:'"), said);
    }

    @Test
    void aThemeFontThatIsNotTrueTypeIsRefusedByValidate() throws Exception {
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Files.writeString(templates.resolve("fake.ttf"), "this is not a font\n");
        Path theme = templates.resolve("theme.yaml");
        String text = Files.readString(theme);
        assertTrue(text.contains("fonts:"), text);
        Files.writeString(theme, text.replace("regular: bundled:DejaVuSans\n", "regular: fake.ttf\n"));
        String said = Cli.refused("validate", "--templates", templates.toString());
        assertTrue(said.contains("theme.yaml:") && said.contains("not a TrueType font"), said);
    }
}
