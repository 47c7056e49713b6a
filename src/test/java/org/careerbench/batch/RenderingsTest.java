package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.Builds;
import org.careerbench.data.InputLoader;
import org.careerbench.render.Scratch;
import org.careerbench.report.Report;
import org.careerbench.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's reports rendered on a pool of threads: the same files, in report order, whatever the pool. */
class RenderingsTest {
    @TempDir
    Path dir;

    private static List<Report> reports() throws Exception {
        var data = new InputLoader().load(Path.of("input"));
        List<Report> all = new ArrayList<>();
        for (String t : List.of("career-report.md", "salary-benchmark.md")) {
            all.addAll(Builds.all(new TemplateLoader().load(Path.of("templates", t)), data, YearMonth.of(2026, 11)));
        }
        return all;
    }

    @Test
    void oneThreadAndTwoWriteTheSameBytesInReportOrder() throws Exception {
        List<Report> reports = reports();
        Path one = Files.createDirectory(dir.resolve("one"));
        Path two = Files.createDirectory(dir.resolve("two"));
        List<OutputFile> a = new Renderings(RunLog.SILENT, 1).render(reports, one);
        Renderings pool = new Renderings(RunLog.SILENT, 2);
        List<OutputFile> b = pool.render(reports, two);
        assertEquals(reports.stream().map(Report::fileName).toList(), a.stream().map(OutputFile::name).toList());
        assertEquals(a.stream().map(OutputFile::name).toList(), b.stream().map(OutputFile::name).toList());
        for (OutputFile f : a) {
            if (!f.name().endsWith(".pdf")) {
                // A PDF carries a random document id; workbooks and pages are byte for byte the same.
                assertArrayEquals(Files.readAllBytes(one.resolve(f.name())), Files.readAllBytes(two.resolve(f.name())),
                        f.name());
            }
            assertEquals(Files.size(one.resolve(f.name())), f.bytes());
        }
        assertTrue(pool.pdfMillis() >= 0 && pool.xlsxMillis() > 0, "time is counted per format");
    }

    @Test
    void theScratchFolderIsGoneAfterwardsAndEachFileNamesItsAudience() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        List<OutputFile> files = new Renderings(RunLog.SILENT, 2).render(reports(), out);
        assertFalse(Files.exists(out.resolve(Scratch.NAME)));
        assertTrue(files.stream().allMatch(f -> !f.audience().isEmpty()), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.audience().equals("analyst")), "the benchmark workbook");
    }
}
