package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.careerbench.SampleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27: a run whose template had a mistake and whose data had another printed two reports
 * glued together as text, each ending in its own "1 problem:" count, so the user read two totals
 * and neither was the number of things to fix. Template and data problems are one type now and
 * are reported as one list with one count.
 */
class TemplateAndDataProblemsJoinedAsStringsTest {
    @TempDir
    Path dir;

    @Test
    void aTemplateMistakeAndABadDataValueAreOneListWithOneCount() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("guide.md"), "---\ntitle: Guide\ntitel: typo\n---\n# A\nText.\n");
        Path input = dir.resolve("input");
        SampleInput.copyTo(input);
        Path salaries = input.resolve("salaries.csv");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(salaries));
        String header = lines.get(0);
        int column = java.util.Arrays.asList(header.split(",")).indexOf("year");
        String[] cells = lines.get(1).split(",", -1);
        cells[column] = "soon";
        lines.set(1, String.join(",", cells));
        Files.write(salaries, lines);

        String said = Cli.refused("run", "--templates", t.toString(), "--input", input.toString(), "--output",
                dir.resolve("out").toString(), "--period", "2026-11", "--quiet");
        assertTrue(said.contains(t.resolve("guide.md") + ":3: unknown key 'titel'"), said);
        assertTrue(said.contains("salaries.csv:2:" + (column + 1) + ": column 'year': found \"soon\""), said);
        assertEquals(1, said.lines().filter(l -> l.matches("\\d+ problems?:")).count(), said);
        assertTrue(said.contains("2 problems:"), said);
        assertTrue(said.contains("1  unknown key"), said);
        assertTrue(said.contains("1  salaries.csv, column 'year': expected"), said);
    }
}
