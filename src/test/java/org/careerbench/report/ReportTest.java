package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report named field by field. */
class ReportTest {
    @TempDir
    Path dir;

    private Theme theme() throws Exception {
        return new ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), ""));
    }

    @Test
    void theBuilderLeavesWhatIsNotNamedAtItsDefault() throws Exception {
        Report r = Report.builder("Pay", OutputFormat.PDF, "pay.pdf").theme(theme()).build();
        assertEquals("Pay", r.title());
        assertEquals("pay.pdf", r.fileName());
        assertEquals("", r.subtitle());
        assertEquals("en", r.language());
        assertEquals(List.of(), r.sections());
        assertEquals(Figures.NONE, r.figures());
        assertEquals(Audience.DEFAULT, r.audience());
        assertFalse(r.archival());
        assertEquals(Instant.EPOCH, r.created());
        assertEquals("Mean", r.words().get("statistic.mean"));
    }

    @Test
    void aLanguageWithoutOwnWordsGetsItsShippedWording() throws Exception {
        Report r = Report.builder("Gehalt", OutputFormat.HTML, "g.html").theme(theme()).language("de").build();
        assertEquals("Mittelwert", r.words().get("statistic.mean"));
    }

    @Test
    void everyNamedPartIsKept() throws Exception {
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        Report r = Report.builder("Pay", OutputFormat.XLSX, "pay.xlsx").subtitle("SRE").field("Reliability")
                .period("2026-11").theme(theme()).warnings(List.of("w")).archival(true).created(at)
                .audience(Audience.ANALYST).build();
        assertEquals("SRE", r.subtitle());
        assertEquals("Reliability", r.field());
        assertEquals("2026-11", r.period());
        assertEquals(List.of("w"), r.warnings());
        assertEquals(at, r.created());
        assertEquals(Audience.ANALYST, r.audience());
    }

    @Test
    void aReportWithoutAThemeIsRefused() {
        assertThrows(IllegalStateException.class, () -> Report.builder("Pay", OutputFormat.PDF, "p.pdf").build());
    }

    @Test
    void itsListsAreCopies() throws Exception {
        List<Section> sections = new ArrayList<>(List.of(new Section("A", 1, List.of())));
        Report r = Report.builder("Pay", OutputFormat.PDF, "p.pdf").theme(theme()).sections(sections).build();
        sections.clear();
        assertEquals(1, r.sections().size());
    }
}
