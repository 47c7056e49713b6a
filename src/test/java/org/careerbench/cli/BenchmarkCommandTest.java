package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code careerbench benchmark}: prints one row per size with every column filled and says what the
 * columns mean. Its timings are measurements, never asserted here.
 */
class BenchmarkCommandTest {
    @Test
    void aSmallPipelineRunPrintsOneFullRowPerSizeAndItsLegend() {
        Cli cli = new Cli();
        int code = cli.run("benchmark", "--sizes", "200,400", "--burst", "0", "--repeats", "1");
        assertEquals(ExitCodes.OK, code, cli.said());
        List<String> lines = cli.out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("machine: "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("input") && l.contains("obs B")), "the header");
        java.util.Set<Integer> widths = new java.util.HashSet<>();
        for (String size : List.of("200", "400")) {
            String row = lines.stream().filter(l -> l.matches("csv\\s+" + size + "\\s.*")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + size + ": " + lines));
            String[] cells = row.trim().split("\\s+");
            widths.add(cells.length);
            assertTrue(cells.length >= 12, row);
            for (int i = 1; i < cells.length; i++) {
                // The cold column is "-" when the benchmark runs from classes, as here: nothing to start cold.
                assertTrue(cells[i].matches("[\\d.,]+|-"), "a number in every column: " + row);
            }
        }
        assertEquals(1, widths.size(), "every row as wide as the others");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("(milliseconds;")), "the legend");
        int targets = lines.indexOf("targets (cold = a fresh JVM, as a user's monthly process):");
        assertTrue(targets > 0, "the targets, each met, missed or not measured: " + lines);
        assertTrue(lines.get(targets + 1).contains("cold sample run") && lines.get(targets + 1).endsWith(
                "not measured in this run"), lines.get(targets + 1));
        assertTrue(lines.get(targets + 4).contains("Observations sheet, bytes a row"), lines.get(targets + 4));
        assertTrue(lines.get(targets + 4).endsWith("met") || lines.get(targets + 4).contains("missed: every text cell"),
                lines.get(targets + 4));
    }

    @Test
    void sizesBelowOneAreRefused() {
        String said = Cli.refused("benchmark", "--sizes", "0", "--burst", "0", "--repeats", "1");
        assertTrue(said.contains("0"), said);
    }
}
