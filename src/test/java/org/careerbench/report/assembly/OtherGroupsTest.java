package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.careerbench.Builds;
import org.careerbench.SampleSalaries;
import org.careerbench.report.Block;
import org.careerbench.report.Report;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TemplateLoader;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a report's own group does not hold: blocks about another group, levels the order leaves out. */
class OtherGroupsTest {
    @TempDir
    Path dir;

    @Test
    void aLevelTheOrderDoesNotListIsAWarningWithItsCount() throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        TemplateSpec spec = new TemplateLoader().load(Files.writeString(dir.resolve("t.md"), """
                ---
                title: Test
                parameters:
                  population: {role_family: SRE & ML Infrastructure}
                  level-order: [Junior, Mid, Senior]
                ---
                # A
                """));
        BuildContext ctx = Contexts.of(spec);
        int entry = SampleSalaries.load().baseSalaries("role_family", "SRE & ML Infrastructure", "level",
                "Entry").length;
        List<String> warnings = OtherGroups.unorderedLevels(spec, ctx);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(ctx.fileOf("salaries", "") + ": level 'Entry' (" + entry + " observations) is "
                + "not in t.md's level-order [Junior, Mid, Senior]"), warnings.get(0));
    }

    @Test
    void noLevelOrderNoWarning() throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        TemplateSpec spec = new TemplateLoader().load(Files.writeString(dir.resolve("t.md"),
                "---\ntitle: T\nparameters:\n  population: {role_family: SRE & ML Infrastructure}\n---\n# A\n"));
        assertEquals(List.of(), OtherGroups.unorderedLevels(spec, Contexts.of(spec)));
    }

    @Test
    void inOneRegionsReportABlockAboutAnotherRegionIsANoticeNotItsTable() throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        TemplateSpec spec = new TemplateLoader().load(Files.writeString(dir.resolve("t.md"), """
                ---
                title: Test
                burst-by: region
                burst-minimum: 1
                parameters:
                  population: {role_family: SRE & ML Infrastructure}
                ---
                # A
                ```table
                source: benchmark
                rows: level
                filter: {country: US}
                statistics: [n, p50]
                ```
                """));
        List<Report> reports = Builds.all(spec, Contexts.sample(), YearMonth.of(2026, 11));
        Report europe = reports.stream().filter(r -> r.title().endsWith("Europe")).findFirst().orElseThrow();
        Block first = europe.sections().get(0).blocks().get(0);
        assertTrue(first instanceof Block.Notice, first.toString());
        assertTrue(((Block.Notice) first).text().contains("US"), first.toString());
        assertTrue(((Block.Notice) first).text().contains("Europe"), first.toString());
        Report america = reports.stream().filter(r -> r.title().endsWith("North America")).findFirst().orElseThrow();
        assertTrue(america.sections().get(0).blocks().get(0) instanceof TableBlock, "the US is in North America");
    }
}
