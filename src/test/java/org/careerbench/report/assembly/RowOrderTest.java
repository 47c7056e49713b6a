package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.careerbench.Builds;
import org.careerbench.data.InputLoader;
import org.careerbench.report.Report;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TemplateException;
import org.careerbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowOrderTest {
    @TempDir
    Path dir;

    private TableBlock table(String block) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Path t = Files.writeString(dir.resolve("t.md"), "---\ntitle: T\nparameters:\n  aging: {method: none}\n---\n"
                + "# A\n```table\n" + block + "```\n");
        Report r = Builds.one(new TemplateLoader().load(t), new InputLoader().load(Path.of("input")),
                YearMonth.of(2026, 11));
        return (TableBlock) r.sections().get(0).blocks().get(0);
    }

    @Test
    void sortsByAColumnWithWithheldCellsLastAndKeepsTheTop() throws Exception {
        TableBlock t = table("source: benchmark\nrows: region\nstatistics: [n, p50]\nsort: p50 desc\ntop: 3\n");
        assertEquals(3, t.rows().size());
        List<Object> p50 = t.rows().stream().map(r -> r.get(2)).toList();
        assertTrue((Double) p50.get(0) >= (Double) p50.get(1) && (Double) p50.get(1) >= (Double) p50.get(2), p50.toString());
        TableBlock all = table("source: benchmark\nrows: country\nstatistics: [n, p50]\nsort: p50 desc\n");
        assertEquals(Suppressed.VALUE, all.rows().get(all.rows().size() - 1).get(2), "withheld last");
        TableBlock ascending = table("source: benchmark\nrows: region\nstatistics: [n]\nsort: n asc\n");
        assertTrue((Integer) ascending.rows().get(0).get(1) <= (Integer) ascending.rows().get(1).get(1));
    }

    @Test
    void topSkillsAndMistakes() throws Exception {
        assertEquals(3, table("source: skills\ntop: 3\n").rows().size());
        TemplateException e = assertThrows(TemplateException.class,
                () -> table("source: benchmark\nsort: p5 desc\n"));
        assertTrue(e.getMessage().contains("sort by unknown column 'p5' (did you mean 'P25'?)"), e.getMessage());
        assertTrue(assertThrows(TemplateException.class, () -> table("source: skills\ntop: many\n")).getMessage()
                .contains("'top' in a table with source: skills must be a whole number of at least 1, found 'many'"));
    }
}
