package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.careerbench.PdfFacts;
import org.careerbench.data.WideProjectionsTestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the methodology's sources table was sources.csv copied by hand and never checked;
 * with new data swapped in, the report cited the old publisher and date as fact. It now lists
 * what the run read, with the source its mapping states, and says so when none is stated.
 */
class StaleSourcesCitedAsFactTest {
    @TempDir
    Path dir;

    private Path template(String body) throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("projections.md"), """
                ---
                title: Projections
                parameters:
                  population: {role_family: SRE & ML Infrastructure}
                ---
                # Outlook
                ```figures
                - id: dev
                  label: Software developers, yearly growth 2020-2030
                  source: market
                  statistic: cagr
                  indicator: Software developers
                ```
                Software developer jobs grow {{ dev | percent:2 }} a year.
                """ + body);
        return t;
    }

    @Test
    void aSwappedInSourceWithAStaleSourcesTableIsAWarningAndANoteNeverACitation() throws Exception {
        Path in = WideProjectionsTestInputs.withWideMarket(dir);
        // The mapping states no source of its own: sources.csv still describes the old market.csv.
        Files.writeString(in.resolve("market.mapping.yaml"), Files.readString(in.resolve("market.mapping.yaml"))
                .replaceAll("(?m)^(source|as_of|licence):.*\\n", ""));
        Path t = template("# Methodology\n```table\nsource: methodology\n```\n");
        Path out = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--input", in.toString(), "--templates", t.toString(), "--output",
                out.toString(), "--period", "2026-11"), cli.err.toString());
        String text = String.join("\n", PdfFacts.read(out.resolve("2026-11/projections.pdf")).pageTexts())
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("describes market.csv for the market dataset, but this run read projections.csv"),
                text);
        assertFalse(text.contains("AiPathly career profile, market growth"), "the stale citation is gone: " + text);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("2026-11/manifest.json").toFile());
        assertTrue(manifest.get("warnings").toString().contains("but this run read projections.csv"),
                manifest.get("warnings").toString());
        assertTrue(cli.out.toString().contains("but this run read projections.csv"), cli.out.toString());
        Cli strict = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, strict.run("run", "--strict", "--input", in.toString(), "--templates",
                t.toString(), "--output", dir.resolve("strict").toString(), "--period", "2026-11"));
        assertTrue(strict.err.toString().contains("data warning, refused as --strict asks"), strict.err.toString());
        assertTrue(Files.notExists(dir.resolve("strict")), "a strict refusal writes nothing");
    }

    @Test
    void aWideTableBecomesTheMarketAndItsGrowthShowsWithTwoDecimals() throws Exception {
        Path in = WideProjectionsTestInputs.withWideMarket(dir);
        Path t = template("# Methodology\n```table\nsource: methodology\n```\n");
        Path out = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--input", in.toString(), "--templates", t.toString(), "--output",
                out.toString(), "--period", "2026-11"), cli.err.toString());
        double cagr = Math.pow(1773.1 / 1364.2, 1.0 / 10) - 1;
        String expected = String.format(Locale.ROOT, "%.2f%%", cagr * 100);
        String text = String.join("\n", PdfFacts.read(out.resolve("2026-11/projections.pdf")).pageTexts())
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("Software developer jobs grow " + expected + " a year."), expected + " in " + text);
        assertTrue(text.contains("Employment Projections 2020-30, occupational table"), "the mapping's source is cited");
        assertFalse(text.contains("AiPathly career profile, market growth"), text);
    }
}
