package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.TextRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void theme() throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "organisation: Test Org\n");
    }

    private TemplateSpec load(String text) throws Exception {
        Path f = Files.writeString(dir.resolve("t.md"), text);
        return new TemplateLoader().load(f);
    }

    private TemplateException error(String text) throws Exception {
        Path f = Files.writeString(dir.resolve("t.md"), text);
        return assertThrows(TemplateException.class, () -> new TemplateLoader().load(f));
    }

    @Test
    void readsFrontMatterSectionsProseListsAndBlocks() throws Exception {
        TemplateSpec spec = load("""
                ---
                title: A report
                format: xlsx
                output: my-report
                parameters:
                  currency: EUR
                  level-order: [Entry, Senior]
                  population: {role_family: SRE}
                ---
                # First
                Some *emphasis* and **bold**, a [link](https://example.org).

                - one
                - two

                ## Second
                ```table
                source: benchmark
                rows: [level, country]
                ```
                """);
        assertEquals("A report", spec.title());
        assertEquals(OutputFormat.XLSX, spec.format());
        assertEquals("my-report.xlsx", spec.outputFileName());
        assertEquals("EUR", spec.parameters().currency());
        assertEquals(List.of("Entry", "Senior"), spec.parameters().levelOrder());
        assertEquals(List.of(new FilterSpec.Condition(org.careerbench.data.SalaryDimension.ROLE_FAMILY, List.of("SRE"),
                spec.parameters().population().conditions().get(0).line())), spec.parameters().population().conditions());
        assertEquals("Test Org", spec.theme().organisation());
        assertEquals(2, spec.sections().size());
        SectionSpec first = spec.sections().get(0);
        assertEquals(10, first.line());
        ContentSpec.Prose prose = (ContentSpec.Prose) first.content().get(0);
        assertEquals(11, prose.line());
        assertTrue(prose.runs().contains(new TextRun("emphasis", false, true, "")));
        assertTrue(prose.runs().contains(new TextRun("bold", true, false, "")));
        assertTrue(prose.runs().contains(new TextRun("link", false, false, "https://example.org")));
        ContentSpec.ListItems list = (ContentSpec.ListItems) first.content().get(1);
        assertEquals(2, list.items().size());
        SectionSpec second = spec.sections().get(1);
        assertEquals(2, second.level());
        TableSpec.Benchmark block = (TableSpec.Benchmark) second.content().get(0);
        assertEquals(17, block.line());
        assertEquals(List.of(org.careerbench.data.SalaryDimension.LEVEL, org.careerbench.data.SalaryDimension.COUNTRY),
                block.rows());
    }

    @Test
    void unknownFrontMatterKeyNamesItsLineAndTheNearMiss() throws Exception {
        TemplateException e = error("---\ntitle: x\ntitel: y\n---\n# A\n");
        assertTrue(e.getMessage().endsWith("t.md:3: unknown key 'titel' in the front matter (did you mean 'title'?); "
                + "expected one of [title, subtitle, field, format, output, theme, parameters, language, pdf-a, burst-by, "
                + "burst-minimum, strict, audience]"), e.getMessage());
    }

    @Test
    void unknownBlockKeyNamesTheTemplateLine() throws Exception {
        TemplateException e = error("---\ntitle: x\n---\n# A\n\n```table\nsource: benchmark\nrowz: level\n```\n");
        assertTrue(e.getMessage().contains("t.md:8: unknown key 'rowz' in a table with source: benchmark (did you mean 'rows'?)"),
                e.getMessage());
    }

    @Test
    void unknownBlockKindIsAnError() throws Exception {
        TemplateException e = error("---\ntitle: x\n---\n# A\n```tabel\nsource: x\n```\n");
        assertTrue(e.getMessage().contains("t.md:5: unknown block '```tabel' (did you mean 'table'?)"), e.getMessage());
    }

    @Test
    void invalidYamlNamesTheFileLine() throws Exception {
        TemplateException e = error("---\ntitle: x\nparameters: [unclosed\n---\n# A\n");
        assertTrue(e.getMessage().contains("t.md:"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
    }

    @Test
    void textBeforeTheFirstHeadingIsAnError() throws Exception {
        TemplateException e = error("---\ntitle: x\n---\nloose text\n# A\n");
        assertTrue(e.getMessage().contains("t.md:4: found text before the first heading"), e.getMessage());
    }

    @Test
    void missingTitleAndUnclosedFrontMatterAreErrors() throws Exception {
        assertTrue(error("---\nformat: pdf\n---\n# A\n").getMessage().contains("missing 'title:'"));
        assertTrue(error("---\ntitle: x\n# A\n").getMessage().contains("front matter is not closed"));
        assertTrue(error("# A\n").getMessage().contains("t.md:1: expected '---'"));
    }

    @Test
    void unsafeOutputNameAndUnknownFormatAreErrors() throws Exception {
        assertTrue(error("---\ntitle: x\noutput: ../evil\n---\n# A\n").getMessage().contains("not a safe file name"));
        assertTrue(error("---\ntitle: x\nformat: docx\n---\n# A\n").getMessage()
                .contains("t.md:3: unknown format 'docx' in the front matter; expected one of [pdf, xlsx]"));
    }

    @Test
    void suppressionThresholdsAreRead() throws Exception {
        TemplateSpec spec = load("---\ntitle: x\nparameters:\n  suppression: {central: 3, tails: 8}\n---\n# A\n");
        assertEquals(3, spec.parameters().minCentral());
        assertEquals(8, spec.parameters().minTails());
        assertTrue(error("---\ntitle: x\nparameters:\n  suppression: {central: 6, tails: 4}\n---\n# A\n")
                .getMessage().contains("must be at least central"));
    }

    @Test
    void loadsTheShippedTemplates() throws Exception {
        List<TemplateSpec> specs = new TemplateLoader().loadAll(Path.of("templates"), new org.careerbench.diagnostics.Problems());
        assertTrue(specs.stream().map(TemplateSpec::outputFileName).toList()
                .containsAll(List.of("career-report.pdf", "salary-benchmark.xlsx")));
        assertTrue(specs.stream().allMatch(s -> !s.sections().isEmpty()));
    }
}
