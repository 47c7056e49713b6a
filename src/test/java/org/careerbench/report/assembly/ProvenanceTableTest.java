package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources table: each dataset the report uses, with its rows, hash and stated source. */
class ProvenanceTableTest {
    @TempDir
    Path dir;

    private Made<TableBlock> sources(String body) {
        // A workbook's table: every column, file and checksum included.
        TemplateSpec spec = Contexts.template(dir, "xlsx", "hr", "# A\n" + body);
        return new ProvenanceTable(Contexts.of(spec)).table("Sources", "");
    }

    private static List<Object> datasets(TableBlock t) {
        return t.rows().stream().map(r -> r.get(0)).toList();
    }

    @Test
    void onlyTheDatasetsTheTemplateReadsAreCited() {
        TableBlock salariesOnly = sources("").value();
        assertTrue(datasets(salariesOnly).contains("salaries"), datasets(salariesOnly).toString());
        assertFalse(datasets(salariesOnly).contains("market"), datasets(salariesOnly).toString());
        TableBlock withMarket = sources(Contexts.fence("chart", "source: market\nindicator: Global SRE market size"))
                .value();
        assertTrue(datasets(withMarket).contains("market"), datasets(withMarket).toString());
        assertFalse(datasets(withMarket).contains("roster"), "internal data is never cited");
    }

    @Test
    void eachRowCountsRowsReadAndKeptAndNamesItsSource() {
        TableBlock t = sources("").value();
        List<Object> salaries = t.rows().stream().filter(r -> r.get(0).equals("salaries")).findFirst().orElseThrow();
        long read = ((Number) salaries.get(2)).longValue();
        long kept = ((Number) salaries.get(3)).longValue();
        assertTrue(read >= kept && kept > 0, salaries.toString());
        assertEquals(12, String.valueOf(salaries.get(4)).length(), "the short SHA-256");
        assertTrue(String.valueOf(salaries.get(5)).contains("ai-jobs.net"), salaries.toString());
        assertEquals("CC0 1.0", salaries.get(7));
    }

    @Test
    void aReaderOfAPdfGetsNoFileNamesOrChecksumsAnAnalystAndAWorkbookDo() {
        TemplateSpec pdf = Contexts.template(dir, "pdf", "public", "# A\n");
        TableBlock reader = new ProvenanceTable(Contexts.of(pdf)).table("Sources", "").value();
        assertFalse(reader.columns().stream().anyMatch(c -> c.header().equals("SHA-256")
                || c.header().equals("File read")), reader.columns().toString());
        assertEquals(reader.columns().size(), reader.rows().get(0).size());
        assertTrue(reader.footnotes().get(0).contains("recorded with the run"), reader.footnotes().toString());
        TemplateSpec xlsx = Contexts.template(dir, "xlsx", "hr", "# A\n");
        TableBlock workbook = new ProvenanceTable(Contexts.of(xlsx)).table("Sources", "").value();
        assertTrue(workbook.columns().stream().anyMatch(c -> c.header().equals("SHA-256")));
    }

    @Test
    void everySourceTheSampleStatesNeedsNoWarning() {
        Made<TableBlock> made = sources(Contexts.fence("table", "source: skills"));
        assertEquals(List.of(), made.warnings(), made.value().footnotes().toString());
        assertEquals(List.of(), made.figures());
    }
}
