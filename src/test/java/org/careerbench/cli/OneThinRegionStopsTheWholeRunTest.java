package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerbench.PdfFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): with this month's 9 'Middle East &amp; Africa' rows gone, a run refused every
 * report ("no row has region 'Middle East &amp; Africa'"), exit 2. A value simply absent this period is
 * a data warning and a notice in its block; a typo stays an error with its suggestion.
 */
class OneThinRegionStopsTheWholeRunTest {
    @TempDir
    Path dir;

    private Path inputWithoutTheRegion() throws Exception {
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        List<String> lines = Files.readAllLines(input.resolve("salaries.csv"));
        List<String> kept = lines.stream().filter(l -> !l.contains("Middle East & Africa")).toList();
        assertEquals(9, lines.size() - kept.size(), "the sample has 9 such rows");
        Files.write(input.resolve("salaries.csv"), kept);
        return input;
    }

    @Test
    void aRegionWithNoRowsThisMonthIsAWarningAndANoticeInItsBlock() throws Exception {
        Path input = inputWithoutTheRegion();
        Path output = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--input", input.toString(), "--output",
                output.toString()), cli.err.toString());
        assertTrue(cli.out.toString().contains("no row of") && cli.out.toString().contains("'Middle East & Africa'"),
                cli.out.toString());
        String pdf = PdfFacts.read(output.resolve("2026-11/career-report.pdf")).text().replaceAll("\\s+", " ");
        assertTrue(pdf.contains("No rows this period") && pdf.contains("No salary observation of 'Middle East & Africa'"),
                "the notice stands in the block's place");
        assertTrue(Files.readString(output.resolve("2026-11/career-report.html")).contains("No rows this period"));
    }

    @Test
    void strictRefusesItAsADataWarning() throws Exception {
        Path input = inputWithoutTheRegion();
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--period", "2026-11", "--strict", "--input",
                input.toString()), cli.out.toString());
        assertTrue(cli.err.toString().contains("Middle East & Africa"), cli.err.toString());
    }

    @Test
    void aValueNearOneTheDataHasStaysAnErrorWithItsSuggestion() throws Exception {
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Path report = templates.resolve("career-report.md");
        Files.writeString(report, Files.readString(report).replace("Latin America, Middle East", "Latin Amerika, Middle East"));
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--period", "2026-11", "--templates", templates.toString()));
        assertTrue(cli.err.toString().contains("'Latin Amerika'") && cli.err.toString().contains("did you mean"),
                cli.err.toString());
    }
}
