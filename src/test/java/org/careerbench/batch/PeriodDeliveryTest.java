package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.careerbench.delivery.Deliverable;
import org.careerbench.delivery.DeliverySettings;
import org.careerbench.diagnostics.Problems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery as a run sees it: settings beside the templates, a published period read back. */
class PeriodDeliveryTest {
    @TempDir
    static Path shared;

    private static Path output;

    @BeforeAll
    static void publish() throws Exception {
        output = shared.resolve("out");
        new RunJob(RunLog.SILENT).run(new RunOptions(Path.of("input"), Path.of("templates"), output,
                YearMonth.of(2026, 11), "careerbench run"));
    }

    @Test
    void thePublishedReportsAreReadBackWithTheirKeyFiguresAsShown() throws Exception {
        Path folder = output.resolve("2026-11");
        List<Deliverable> reports = PeriodDelivery.published(folder);
        assertFalse(reports.isEmpty());
        Deliverable pdf = reports.stream().filter(d -> d.file().getFileName().toString().equals("career-report.pdf"))
                .findFirst().orElseThrow();
        assertEquals(org.careerbench.data.Sha256.of(pdf.file()), pdf.sha256(), "the hash the manifest recorded");
        assertFalse(pdf.keyFigures().isEmpty());
        assertTrue(pdf.keyFigures().stream().allMatch(k -> !k.label().isEmpty() && !k.shown().isEmpty()));
        assertEquals(pdf.keyFigures().size(), pdf.keyFigures().stream().distinct().count(), "each figure once");
        assertTrue(reports.stream().noneMatch(d -> d.file().getFileName().toString().equals("figures.csv")),
                "a data file is no letter's attachment");
    }

    @Test
    void noDeliveryFileMeansNoDelivery() throws Exception {
        Path templates = Files.createDirectories(shared.resolve("t-none"));
        assertEquals(Optional.empty(), PeriodDelivery.settings(templates));
    }

    @Test
    void aReportNoTemplateWritesIsAProblemAtItsLine() throws Exception {
        Path templates = Files.createDirectories(shared.resolve("t-typo"));
        Files.writeString(templates.resolve(DeliverySettings.FILE), """
                smtp:
                  host: 127.0.0.1
                  port: 2525
                  tls: none
                from: cb@example.org
                reports:
                  career-reprot.pdf:
                    to: [people@example.org]
                """);
        Problems problems = new Problems();
        PeriodDelivery.checked(templates, List.of("career-report.pdf", "salary-benchmark.xlsx"), problems);
        assertTrue(problems.report().contains("delivery.yaml:7: no template writes 'career-reprot.pdf'"),
                problems.report());
        assertTrue(problems.report().contains("did you mean 'career-report.pdf'"), problems.report());
    }

    @Test
    void aPeriodThatDoesNotMatchItsManifestIsNeverSent() throws Exception {
        Path copy = shared.resolve("copy");
        Path folder = Files.createDirectories(copy.resolve("2026-11"));
        try (var files = Files.list(output.resolve("2026-11"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Files.writeString(folder.resolve("career-report.html"), "changed after publishing");
        DeliverySettings settings = new DeliverySettings(new DeliverySettings.Smtp("127.0.0.1", 1,
                DeliverySettings.Tls.NONE, Optional.empty(), Optional.empty()), "cb@example.org", Optional.empty(),
                List.of(), "{title}", "{figures}");
        RunFailure f = assertThrows(RunFailure.class, () -> new PeriodDelivery(RunLog.SILENT, Clock.systemUTC(),
                name -> null).deliverLocked(settings, copy, YearMonth.of(2026, 11), "test", false));
        assertTrue(f.getMessage().contains("is not published whole"), f.getMessage());
        assertTrue(f.getMessage().endsWith("nothing was sent"), f.getMessage());
    }
}
