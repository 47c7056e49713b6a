package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewTemplateCommandTest {
    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesAStarterThatValidatesAndRunsAndNeverOverwrites() throws Exception {
        Files.copy(Path.of("templates/theme.yaml"), dir.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), dir.resolve("logo.png"));
        assertEquals(ExitCodes.OK, run("new-template", "data-science", "--templates", dir.toString()));
        String text = Files.readString(dir.resolve("data-science.md"));
        assertTrue(text.contains("title: \"data-science\"") && text.contains("{{#if senior}}"));
        assertEquals(ExitCodes.OK, run("validate", "--templates", dir.toString()), err.toString());
        assertEquals(ExitCodes.OK, run("run", "--templates", dir.toString(), "--output", dir.resolve("out").toString(),
                "--period", "2026-11"), err.toString());
        assertTrue(Files.exists(dir.resolve("out/2026-11/data-science.pdf")));
        assertEquals(ExitCodes.BAD_INPUT, run("new-template", "data-science", "--templates", dir.toString()));
        assertTrue(err.toString().contains("exists; choose another name"));
        assertEquals(ExitCodes.BAD_INPUT, run("new-template", "../evil", "--templates", dir.toString()));
    }

    /** Regression (issue 24): a dangling link at the new template's name was followed and written through. */
    @Test
    void aDanglingLinkAtTheNameIsNeverWrittenThrough(@TempDir Path tmp) throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Path outside = tmp.resolve("outside.md");
        Files.createSymbolicLink(templates.resolve("grab.md"), outside);
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("new-template", "grab", "--templates", templates.toString()));
        assertTrue(cli.err.toString().contains("exists"), cli.err.toString());
        assertFalse(Files.exists(outside), "nothing written outside the templates folder");
    }
}
