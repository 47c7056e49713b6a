package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a misspelt key under {@code parameters.population} was reported at line 1, and an
 * unknown key or a bad {@code top:} inside a fenced block at the fence's line. Each is now
 * reported at the line it is written on, from the YAML parser's own marks.
 */
class NestedFrontMatterTypoAtLineOneTest {
    @TempDir
    Path dir;

    @Test
    void aNestedPopulationTypoIsAtItsLineWithTheNearMiss() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("pay.md"), """
                ---
                title: Pay
                parameters:
                  currency: USD
                  population:
                    level: Senior
                    role_familyx: SRE & ML Infrastructure
                ---
                # Pay
                Text.
                """);
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        assertTrue(cli.err.toString().contains(t.resolve("pay.md") + ":7: unknown salaries column 'role_familyx' in "
                + "parameters.population (did you mean 'role_family'?)"), cli.err.toString());
    }

    @Test
    void anUnknownKeyAndABadTopInsideABlockAreAtTheirOwnLines() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("pay.md"), """
                ---
                title: Pay
                ---
                # Pay
                ```table
                source: benchmark
                rows: level
                captoin: Pay by level
                sort: p50 desc
                top: many
                ```
                """);
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        String err = cli.err.toString();
        assertTrue(err.contains(t.resolve("pay.md") + ":8: unknown key 'captoin' in a table with source: benchmark "
                + "(did you mean 'caption'?)"), err);
        assertTrue(err.contains(t.resolve("pay.md") + ":10: 'top' in a table with source: benchmark must be a whole "
                + "number of at least 1, found 'many'"), err);
    }

    @Test
    void twoEqualKeysAtDifferentDepthsAreEachFoundAtTheirOwnLine() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("pay.md"), """
                ---
                title: Pay
                parameters:
                  aging:
                    method: compound
                    rate: 0.03
                  suppression:
                    central: 5
                    rate: 0.5
                ---
                # Pay
                Text.
                """);
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        assertTrue(cli.err.toString().contains(t.resolve("pay.md") + ":9: unknown key 'rate' in "
                + "parameters.suppression"), cli.err.toString());
    }
}
