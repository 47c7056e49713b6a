package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerbench.report.Figure;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is in the data: each count equal to one made from the CSV itself, and each a figure. */
class SampleProfileTest {
    @TempDir
    Path dir;

    /** The role family's rows of the sample's salaries.csv, counted by column, independently of the code. */
    private static Map<String, Integer> counted(String column) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("input/salaries.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int at = header.indexOf(column);
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("SRE & ML Infrastructure")) {
                counts.merge(cells[at], 1, Integer::sum);
            }
        }
        return counts;
    }

    private Made<TableBlock> profile(String yaml) {
        TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n" + Contexts.fence("table", "source: sample"
                + yaml));
        return new SampleProfile(Contexts.of(spec)).table(Contexts.block(spec, 0, TableSpec.Sample.class), "Sample");
    }

    @Test
    void everyCountAndShareIsTheDatasOwn() throws Exception {
        Made<TableBlock> made = profile("\nby: [country, level, year]\ntop: 20");
        Map<String, Integer> countries = counted("country");
        Map<String, Integer> levels = counted("level");
        int all = levels.values().stream().mapToInt(Integer::intValue).sum();
        for (List<Object> row : made.value().rows()) {
            Map<String, Integer> source = row.get(0).equals("Country") ? countries : row.get(0).equals("Level") ? levels
                    : counted("year");
            assertEquals(source.get((String) row.get(1)), row.get(2), row.toString());
            assertEquals(((Integer) row.get(2)) / (double) all, (Double) row.get(3), 1e-12);
        }
        assertEquals(countries.size() + levels.size() + counted("year").size(), made.value().rows().size());
    }

    @Test
    void eachCountIsAFigureByColumnAndValue() throws Exception {
        Made<TableBlock> made = profile("");
        Figure us = made.figures().stream().filter(f -> f.keys().equals("country | US")).findFirst().orElseThrow();
        assertEquals(counted("country").get("US").doubleValue(), us.value().getAsDouble());
        assertEquals("n", us.statistic());
        assertEquals("Sample", us.block());
    }

    @Test
    void theRestIsOneRowAndLevelsAndYearsAreNeverCut() throws Exception {
        Made<TableBlock> made = profile("\ntop: 2");
        List<List<Object>> countryRows = made.value().rows().stream().filter(r -> r.get(0).equals("Country")).toList();
        assertEquals(3, countryRows.size(), countryRows.toString());
        assertTrue(((String) countryRows.get(2).get(1)).endsWith("other values"), countryRows.toString());
        int rest = counted("country").values().stream().sorted(java.util.Comparator.reverseOrder()).skip(2)
                .mapToInt(Integer::intValue).sum();
        assertEquals(rest, countryRows.get(2).get(2));
        assertEquals(counted("level").size(), made.value().rows().stream().filter(r -> r.get(0).equals("Level")).count());
    }

    @Test
    void theNoteSaysHowOldTheSalariesAreAndHowTheyWereAged() {
        String note = profile("").value().footnotes().get(0);
        assertTrue(note.startsWith("The salaries were paid from 2020 to 2024; the most recent are 28 months old"), note);
        assertTrue(note.endsWith("aged to 1 November 2026, compound at 3% a year."), note);
    }
}
