package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 24): POI's limits — 32,767 characters in a cell, 16,384 columns in a sheet — were
 * met only while writing the workbook: validate said "Valid", run failed with exit 1 (and POI's own
 * warning, class name and stack trace, on stderr). validate = run: both refuse at the template's line.
 */
class WorkbookLimitsPassValidateAndFailRunTest {
    @TempDir
    Path dir;

    @Test
    void aParagraphLongerThanACellHoldsIsRefusedAtItsLine() throws Exception {
        Path templates = TemplateFolders.shipped(dir.resolve("t"));
        Path benchmark = templates.resolve("salary-benchmark.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(benchmark));
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("# Assumptions")).findFirst().orElseThrow());
        lines.addAll(at, List.of("", "word ".repeat(9000).strip(), ""));
        Files.write(benchmark, lines);
        String out = dir.resolve("out").toString();
        for (String[] command : new String[][] {{"validate"}, {"run", "--output", out}}) {
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--period", "2026-11", "--templates", templates.toString()));
            String said = Cli.refused(args.toArray(String[]::new));
            assertTrue(said.contains("salary-benchmark.md:" + (at + 2) + ": found a paragraph of 44,999 characters"),
                    said);
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aTableWithMoreColumnsThanASheetHoldsIsRefusedAtItsBlock() throws Exception {
        Path input = TemplateFolders.sampleInput(dir.resolve("in"));
        List<String> rows = new ArrayList<>(Files.readAllLines(input.resolve("salaries.csv")));
        String[] usSenior = rows.stream().filter(l -> l.startsWith("SRE & ML Infrastructure") && l.contains(",US,"))
                .findFirst().orElseThrow().split(",", -1);
        for (int i = 0; i < 17_000; i++) {
            usSenior[2] = String.format("L%05d", i);
            rows.add(String.join(",", usSenior));
        }
        Files.write(input.resolve("salaries.csv"), rows);
        Path templates = TemplateFolders.themed(dir.resolve("t"));
        Files.copy(Path.of("templates/salary-benchmark.md"), templates.resolve("salary-benchmark.md"));
        String said = Cli.refused("validate", "--period", "2026-11", "--input", input.toString(), "--templates",
                templates.toString());
        assertTrue(said.contains("salary-benchmark.md:") && said.contains("columns (one for each value the data has)")
                && said.contains("16,384"), said);
    }
}
