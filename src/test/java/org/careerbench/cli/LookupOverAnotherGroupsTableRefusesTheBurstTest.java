package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 28 (found while trying a burst with the new lookup): in a workbook split by region, a
 * table about Europe is a notice in every other region's workbook, and a lookup over it refused
 * the whole run ("no table named 'Europe' above this lookup"). The lookup is left out where its
 * table is, and every region is published.
 */
class LookupOverAnotherGroupsTableRefusesTheBurstTest {
    @TempDir
    Path dir;

    @Test
    void everyRegionIsPublishedAndOnlyEuropesWorkbookHasTheLookup() throws Exception {
        Path t = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(t.resolve("regions.md"), """
                ---
                title: Regions
                format: xlsx
                audience: analyst
                burst-by: region
                output: regions
                parameters:
                  population: {role_family: Machine Learning Engineering}
                ---
                # Europe
                ```table
                source: benchmark
                name: Europe
                rows: [level]
                filter: {region: Europe}
                ```
                ```table
                source: lookup
                table: Europe
                ```
                """);
        Cli cli = new Cli();
        int code = cli.run("run", "--templates", t.toString(), "--output", dir.resolve("out").toString(),
                "--period", "2026-11", "--quiet");
        assertEquals(0, code, cli.said());
        java.util.List<Path> workbooks;
        try (var files = Files.list(dir.resolve("out/2026-11"))) {
            workbooks = files.filter(f -> f.getFileName().toString().startsWith("regions")).sorted().toList();
        }
        assertTrue(workbooks.size() >= 2, cli.said());
        int withLookup = 0;
        for (Path w : workbooks) {
            try (var in = Files.newInputStream(w); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                boolean lookup = !book.getSheetAt(0).getDataValidations().isEmpty();
                withLookup += lookup ? 1 : 0;
                assertEquals(w.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("europe"), lookup,
                        w.getFileName().toString());
            }
        }
        assertEquals(1, withLookup);
    }
}
