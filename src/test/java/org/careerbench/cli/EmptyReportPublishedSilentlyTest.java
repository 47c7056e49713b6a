package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careerbench.PdfFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a report whose population had no observations was published with exit 0 and "No data
 * warnings" — every cell withheld, charts with "$0 … $1" axes — and a table whose filter matched
 * nothing vanished without a word. Each is now a visible notice and a data warning; --strict
 * refuses the run.
 */
class EmptyReportPublishedSilentlyTest {
    @TempDir
    Path dir;

    private Path templates(String population, String body) throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("empty.md"), "---\ntitle: Empty\nparameters:\n  population: " + population
                + "\n---\n# Pay\n" + body);
        return t;
    }

    @Test
    void aPopulationWithNoObservationSaysSoAndItsTablesAndChartsBecomeNotices() throws Exception {
        Path t = templates("{role_family: SRE & ML Infrastructure, region: Middle East & Africa}",
                "```table\nsource: benchmark\ncaption: Base salary by level\n```\n```chart\nsource: benchmark\n"
                        + "statistics: [p50]\ntitle: Median by level\n```\n");
        Path out = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--templates", t.toString(), "--output", out.toString(),
                "--period", "2026-11"), cli.err.toString());
        String text = String.join(" ", PdfFacts.read(out.resolve("2026-11/empty.pdf")).pageTexts())
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("No salary observations"), text);
        assertTrue(text.contains("Base salary by level Nothing in the data matches this table"), text);
        assertTrue(text.contains("Median by level Nothing in the data matches this chart"), text);
        assertFalse(text.contains("$1"), "no degenerate axis: " + text);
        String warnings = new ObjectMapper().readTree(out.resolve("2026-11/manifest.json").toFile()).get("warnings")
                .toString();
        assertTrue(warnings.contains("has no salary observation in its population"), warnings);
        assertFalse(cli.out.toString().contains("No data warnings"), cli.out.toString());

        Cli strict = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, strict.run("run", "--strict", "--templates", t.toString(), "--output",
                dir.resolve("strict").toString(), "--period", "2026-11"));
        assertTrue(Files.notExists(dir.resolve("strict")));
    }

    @Test
    void aTableWhoseFilterMatchesNothingIsANoticeNotAVanishedTable() throws Exception {
        Path t = templates("{role_family: SRE & ML Infrastructure}", "```table\nsource: benchmark\n"
                + "filter: {level: Entry, region: Europe}\ncaption: Entry level in Europe\n```\n");
        Path out = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--templates", t.toString(), "--output", out.toString(),
                "--period", "2026-11"), cli.err.toString());
        String text = String.join(" ", PdfFacts.read(out.resolve("2026-11/empty.pdf")).pageTexts())
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("Entry level in Europe Nothing in the data matches this table"), text);
        assertTrue(cli.out.toString().contains("'Entry level in Europe' shows a notice instead"), cli.out.toString());
    }

    @Test
    void aTemplateCanAskToBeStrict() throws Exception {
        Path t = templates("{role_family: SRE & ML Infrastructure}", "```table\nsource: benchmark\n"
                + "filter: {level: Entry, region: Europe}\n```\n");
        Files.writeString(t.resolve("empty.md"), Files.readString(t.resolve("empty.md"))
                .replace("title: Empty\n", "title: Empty\nstrict: true\n"));
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        assertTrue(cli.err.toString().contains("data warning, refused as 'strict: true' asks"), cli.err.toString());
    }

    @Test
    void aMisspeltLevelInTheDataIsAWarningWithTheLevelItMeant() throws Exception {
        Path in = TemplateFolders.sampleInput(dir.resolve("in"));
        String salaries = Files.readString(in.resolve("salaries.csv"));
        Files.writeString(in.resolve("salaries.csv"), salaries.replaceFirst(
                "SRE & ML Infrastructure,Site Reliability Engineer,Senior,US", "SRE & ML Infrastructure,Site Reliability "
                        + "Engineer,Senoir,US"));
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("validate", "--input", in.toString(), "--period", "2026-11"));
        assertTrue(cli.out.toString().contains("level 'Senoir' (1 observation) is not in career-report.md's "
                + "level-order [Entry, Mid, Senior, Executive] (did you mean 'Senior'?)"), cli.out.toString());
        Cli strict = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, strict.run("validate", "--strict", "--input", in.toString(), "--period",
                "2026-11"));
    }
}
