package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): 1,500 levels of nesting in any YAML file ended in a StackOverflowError with
 * a thousand frames on the screen, exit 1. Now each is a problem at its file and line, exit 2.
 */
class DeeplyNestedYamlOverflowsTheStackTest {
    @TempDir
    Path dir;

    private static String nestedFlow(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String nestedBlock(String key, int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append(" ".repeat(i)).append(key).append(i).append(":\n");
        }
        return b.append(" ".repeat(depth)).append("x: 1\n").toString();
    }

    private void assertRefusedAt(Cli cli, int code, String file) {
        String said = cli.out + "\n" + cli.err;
        assertEquals(ExitCodes.BAD_INPUT, code, said);
        assertTrue(said.contains(file) && said.contains("nested more than 64 levels"), said);
        assertFalse(said.contains("StackOverflow") || said.contains("\tat "), said);
    }

    @Test
    void aDeepQualityFileIsAProblemAtItsLine() throws Exception {
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        Files.writeString(input.resolve("quality.yaml"), "duplicates: " + nestedFlow(1500) + "\n");
        Cli cli = new Cli();
        assertRefusedAt(cli, cli.run("validate", "--input", input.toString()), "quality.yaml:1");
    }

    @Test
    void aDeepThemeIsAProblemAtItsLine() throws Exception {
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Files.writeString(templates.resolve("theme.yaml"), nestedBlock("k", 1500));
        Cli cli = new Cli();
        assertRefusedAt(cli, cli.run("validate", "--templates", templates.toString()), "theme.yaml:65");
    }

    @Test
    void aDeepFrontMatterOrDeliveryFileIsAProblemAtItsLine() throws Exception {
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Path report = templates.resolve("career-report.md");
        Files.writeString(report, Files.readString(report).replaceFirst("\n", "\nextra: " + nestedFlow(1500) + "\n"));
        Cli cli = new Cli();
        assertRefusedAt(cli, cli.run("validate", "--templates", templates.toString()), "career-report.md:2");
        Files.writeString(templates.resolve("career-report.md"), Files.readString(Path.of("templates/career-report.md")));
        Files.writeString(templates.resolve("delivery.yaml"), "smtp: " + nestedFlow(1500) + "\n");
        cli = new Cli();
        assertRefusedAt(cli, cli.run("validate", "--templates", templates.toString()), "delivery.yaml:1");
    }

    @Test
    void aDeepMappingIsAProblemAtItsLine() throws Exception {
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        Files.move(input.resolve("salaries.csv"), input.resolve("export.csv"));
        Files.writeString(input.resolve("salaries.mapping.yaml"), "file: export.csv\ncolumns: " + nestedFlow(1500) + "\n");
        Cli cli = new Cli();
        assertRefusedAt(cli, cli.run("validate", "--input", input.toString()), "salaries.mapping.yaml:2");
    }
}
