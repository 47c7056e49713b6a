package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careerbench audit}: exit 0 when nothing is found, 1 on a finding, 2 when it cannot audit. */
class AuditCommandTest {
    @TempDir
    Path dir;
    private Path input;
    private Path period;

    @BeforeEach
    void publish() throws Exception {
        input = TemplateFolders.sampleInput(dir.resolve("input"));
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--input", input.toString(),
                "--output", dir.resolve("out").toString(), "--quiet"), cli.said());
        period = dir.resolve("out/2026-11");
    }

    @Test
    void aCleanPeriodPasses() {
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("audit", "--input", input.toString(), period.toString()), cli.said());
        assertTrue(cli.out.toString().contains("13 files of 2026-11 audited; nothing withheld can be read"), cli.said());
    }

    @Test
    void aFindingExitsOneNamingFileSheetAndCell() throws Exception {
        // Asia-Pacific has one senior salary: its median is withheld, and the salary is written in here.
        double asia = org.careerbench.SampleSalaries.load().agedBaseSalaries(java.time.LocalDate.of(2026, 11, 1),
                0.03, "role_family", "SRE & ML Infrastructure", "level", "Senior", "region", "Asia-Pacific")[0];
        Path workbook = period.resolve("salary-benchmark.xlsx");
        XSSFWorkbook w;
        try (InputStream in = Files.newInputStream(workbook)) {
            w = new XSSFWorkbook(in);
        }
        XSSFSheet summary = w.getSheet("Summary");
        summary.createRow(summary.getLastRowNum() + 3).createCell(1).setCellValue(asia);
        try (OutputStream out = Files.newOutputStream(workbook)) {
            w.write(out);
        }
        w.close();
        Cli cli = new Cli();
        assertEquals(ExitCodes.RENDERING_FAILED, cli.run("audit", "--input", input.toString(), period.toString()),
                cli.said());
        String said = cli.err.toString();
        assertTrue(said.contains("salary-benchmark.xlsx 'Summary'!B"), said);
        assertTrue(said.contains("can be read"), said);
        assertFalse(said.contains("Exception"), said);
    }

    @Test
    void changedInputIsRefused() throws Exception {
        Path salaries = input.resolve("salaries.csv");
        Files.writeString(salaries, Files.readString(salaries) + Files.readAllLines(salaries).get(1) + "\n");
        String said = Cli.refused("audit", "--input", input.toString(), period.toString());
        assertTrue(said.contains("has changed since"), said);
    }

    @Test
    void aFolderWithoutAManifestIsRefused() throws Exception {
        String said = Cli.refused("audit", "--input", input.toString(), Files.createDirectories(dir.resolve("empty"))
                .toString());
        assertTrue(said.contains("has no manifest.json"), said);
    }
}
