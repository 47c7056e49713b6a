package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.careerbench.report.Block;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.ValueType;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The period's index written with its run: headline figures, files by readers, what was not published. */
class IndexFileTest {
    @TempDir
    Path dir;

    private Report report(String file, List<Block> blocks) throws Exception {
        return Report.builder("Guide", OutputFormat.PDF, file).period("2026-11")
                .theme(new ThemeLoader().load(Path.of("templates/theme.yaml"))).language("de")
                .sections(List.of(new Section("A", 1, blocks))).build();
    }

    @Test
    void theFirstReportWithKeyFiguresLeadsAndTheIndexDescribesItself() throws Exception {
        Report plain = report("a.pdf", List.of(new Block.Note("no figures here")));
        Report figures = report("b.pdf", List.of(new Block.KeyFigures(List.of(
                new KeyFigure("p50", "Median", 150_000.0, ValueType.MONEY, "USD", "n = 84")))));
        List<OutputFile> outputs = List.of(new OutputFile("a.pdf", 10, "aa", "Guide", "public", "", "de"),
                new OutputFile("b.pdf", 10, "bb", "Guide", "hr", "", "de"));
        OutputFile index = IndexFile.write(YearMonth.of(2026, 11), outputs, List.of(plain, figures), List.of(), dir,
                Optional.of(YearMonth.of(2026, 10)), List.of("region 'Africa' skipped: 3 observations"));
        String page = Files.readString(dir.resolve("index.html"));
        assertTrue(page.contains("<p class=\"value\">150.000\u00a0$</p><p class=\"label\">Median</p>"), page);
        assertTrue(page.contains("Für HR und Führungskräfte"), "in the first report's language");
        assertTrue(page.contains("<td>Deutsch</td>"), page);
        assertTrue(page.contains("In diesem Zeitraum nicht veröffentlicht"), page);
        assertTrue(page.contains("../2026-10/index.html"), page);
        assertEquals("index.html", index.name());
        assertEquals(Files.size(dir.resolve("index.html")), index.bytes());
        assertEquals("Berichte für November 2026", index.title());
    }

    @Test
    void theFirstReportsHeadlineFindingInThePagesLanguageLeadsItEscaped() throws Exception {
        Report german = Report.builder("Guide", OutputFormat.PDF, "a.pdf").period("2026-11")
                .theme(new ThemeLoader().load(Path.of("templates/theme.yaml"))).language("de")
                .headline("Die Bänder <wirken> veraltet.").build();
        Report english = Report.builder("Guide", OutputFormat.PDF, "b.pdf").period("2026-11")
                .theme(new ThemeLoader().load(Path.of("templates/theme.yaml"))).language("en")
                .headline("The ranges look out of date.").build();
        IndexFile.write(YearMonth.of(2026, 11), List.of(new OutputFile("a.pdf", 10, "aa", "Guide")),
                List.of(german, english), List.of(), dir);
        String page = Files.readString(dir.resolve("index.html"));
        assertTrue(page.contains("<aside class=\"headline\"><p class=\"label\">Kurz gesagt</p>"
                + "<p>Die Bänder &lt;wirken&gt; veraltet.</p></aside>"), page);
        assertFalse(page.contains("out of date"), "one finding, in the page's language");
    }

    @Test
    void withoutAPreviousPeriodOrSkippedReportsNeitherIsMentioned() throws Exception {
        Report plain = report("a.pdf", List.of(new Block.Note("x")));
        IndexFile.write(YearMonth.of(2026, 11), List.of(new OutputFile("a.pdf", 10, "aa", "Guide")), List.of(plain),
                List.of(), dir);
        String page = Files.readString(dir.resolve("index.html"));
        assertFalse(page.contains("../"), page);
        assertFalse(page.contains("<h2>"), "no headline and nothing skipped: " + page);
    }
}
