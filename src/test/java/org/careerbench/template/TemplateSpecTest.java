package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerbench.report.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loaded template: one spec per format it asks for, its blocks in order, its file names. */
class TemplateSpecTest {
    @TempDir
    Path dir;

    private TemplateSpec load(String front, String body) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        return new TemplateLoader().load(Files.writeString(dir.resolve("guide.md"), "---\ntitle: Guide\n" + front
                + "---\n" + body));
    }

    @Test
    void aTemplateForTwoFormatsIsBuiltForEachAlone() throws Exception {
        TemplateSpec spec = load("format: [pdf, html]\noutput: salary-guide\n", "# A\nText.\n");
        assertEquals(List.of(OutputFormat.PDF, OutputFormat.HTML), spec.formats());
        TemplateSpec html = spec.onlyFormat(OutputFormat.HTML);
        assertEquals(OutputFormat.HTML, html.format());
        assertEquals(List.of(OutputFormat.HTML), html.formats());
        assertEquals("salary-guide.html", html.outputFileName());
        assertEquals(spec.sections(), html.sections());
        assertEquals(spec.title(), html.title());
    }

    @Test
    void blocksAreEveryDataBlockInOrderWithoutProse() throws Exception {
        TemplateSpec spec = load("", "# A\nText.\n\n```table\nsource: benchmark\nrows: level\n```\n\n# B\n\n"
                + "- a list\n\n```chart\nsource: market\nindicator: Global SRE market size\n```\n");
        assertEquals(2, spec.blocks().size());
        assertTrue(spec.blocks().get(0) instanceof TableSpec.Benchmark);
        assertTrue(spec.blocks().get(1) instanceof ChartSpec.Market);
        assertEquals(2, spec.sections().size());
    }

    @Test
    void aCopyMadeThroughItsBuilderEqualsTheLoadedTemplate() throws Exception {
        TemplateSpec spec = load("subtitle: For HR\nfield: SRE\nformat: [pdf, xlsx]\nlanguage: de\nstrict: true\n",
                "# A\nText.\n\n```table\nsource: benchmark\nrows: level\n```\n");
        assertEquals(spec, spec.toBuilder().build());
        TemplateSpec xlsx = spec.toBuilder().format(OutputFormat.XLSX).build();
        assertEquals(OutputFormat.XLSX, xlsx.format());
        assertEquals(spec.formats(), xlsx.formats());
        assertEquals(spec.run(), xlsx.run());
    }

    @Test
    void aBuiltTemplateIsALenientEnglishPdfWhoseBurstMinimumIsTheCentralThreshold() throws Exception {
        TemplateSpec loaded = load("", "# A\n");
        TemplateSpec built = TemplateSpec.builder(dir.resolve("x.md"), "X", "x", loaded.theme(), loaded.parameters())
                .build();
        assertEquals("x.pdf", built.outputFileName());
        assertEquals("en", built.language());
        assertEquals(loaded.parameters().minCentral(), built.run().burstMinimum());
        assertEquals(false, built.run().strict());
        assertTrue(built.sections().isEmpty());
        assertEquals(loaded.run(), built.run());
    }

    @Test
    void aFormatTheTemplateDoesNotAskForIsRefused() throws Exception {
        TemplateSpec spec = load("", "# A\n");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> spec.toBuilder().format(OutputFormat.XLSX).build());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> spec.toBuilder().formats(List.of()));
    }

    @Test
    void theDefaultsAreAnHrReaderAndBurstNothing() throws Exception {
        TemplateSpec spec = load("", "# A\n");
        assertEquals(org.careerbench.report.Audience.HR, spec.run().audience());
        assertTrue(spec.burstBy().isEmpty());
        assertEquals("guide.pdf", spec.outputFileName());
    }

    @Test
    void itsCollectionsCannotChange() throws Exception {
        TemplateSpec spec = load("", "# A\n");
        assertTrue(isUnmodifiable(spec.sections()));
        assertTrue(isUnmodifiable(spec.formats()));
    }

    private static boolean isUnmodifiable(List<?> list) {
        try {
            list.clear();
            return false;
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }
}
