package org.careerbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.ExternalTool;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.careerbench.report.assembly.Disclosures;
import org.careerbench.report.assembly.ReportBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disclosure audit over every deliverable of every shipped template, of a report split by
 * region and of a report built to leak (a total with one withheld part) — and, so that it cannot
 * pass by reading nothing, over files with a withheld figure or another group's salary written in.
 */
class DisclosureAuditTest {
    private static final YearMonth PERIOD = YearMonth.of(2026, 11);

    @TempDir
    static Path dir;
    private static Path shipped;
    private static Path burst;
    private static Path burstTemplates;

    @BeforeAll
    static void publish() throws Exception {
        shipped = run(Path.of("templates"), dir.resolve("shipped"));
        burstTemplates = Files.createDirectories(dir.resolve("burst-templates"));
        for (String f : List.of("theme.yaml", "logo.png")) {
            Files.copy(Path.of("templates", f), burstTemplates.resolve(f));
        }
        for (String t : List.of("salary-benchmark.md", "career-report.md")) {
            Files.writeString(burstTemplates.resolve(t), Files.readString(Path.of("templates", t))
                    .replaceFirst("\n---\n", "\nburst-by: region\n---\n"));
        }
        burst = run(burstTemplates, dir.resolve("burst"));
    }

    private static Path run(Path templates, Path output) throws Exception {
        new RunJob(RunLog.SILENT).run(new RunOptions(Path.of("input"), templates, output, PERIOD, "test"));
        return output.resolve(PERIOD.toString());
    }

    private static PeriodAudit.Result audit(Path folder, Path templates) throws Exception {
        return new PeriodAudit(Clock.systemUTC()).audit(folder, Path.of("input"), templates,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void everyDeliverableOfEveryShippedTemplatePasses() throws Exception {
        PeriodAudit.Result result = audit(shipped, Path.of("templates"));
        assertEquals(List.of(), result.findings());
        assertEquals(13, result.files(), "every deliverable of the seven templates was read");
    }

    @Test
    void aReportSplitByRegionPasses() throws Exception {
        PeriodAudit.Result result = audit(burst, burstTemplates);
        assertEquals(List.of(), result.findings());
        assertEquals(6, result.files(), "a workbook, a PDF and a page for each of the two regions with enough data");
    }

    @Test
    void aWithheldFigureWrittenIntoAWorkbookAsAFormulaIsFound() throws Exception {
        Path copy = copy(shipped, dir.resolve("leaky-figure"));
        double secret = secrets(Path.of("templates"), "salary-benchmark.xlsx").get(0).value();
        // A formula with no stored value: only recalculation shows it.
        append(copy.resolve("salary-benchmark.xlsx"), "Summary", "=" + secret + "*2/2", true);
        List<Finding> findings = audit(copy, Path.of("templates")).findings();
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).what().startsWith("a withheld "), findings.toString());
        assertTrue(findings.get(0).where().startsWith("'Summary'!"), findings.toString());
    }

    @Test
    void anotherRegionsSalaryInAGroupsWorkbookIsFound() throws Exception {
        Path copy = copy(burst, dir.resolve("leaky-burst"));
        // Computed here from the input: the first North American salary, aged as the workbook ages it.
        double american = org.careerbench.SampleSalaries.load().agedBaseSalaries(java.time.LocalDate.of(2026, 11, 1),
                0.03, "role_family", "SRE & ML Infrastructure", "region", "North America")[0];
        append(copy.resolve("salary-benchmark-europe.xlsx"), "Summary", Double.toString(american), false);
        List<Finding> findings = audit(copy, burstTemplates).findings();
        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().allMatch(f -> f.file().equals("salary-benchmark-europe.xlsx")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.what().startsWith("a salary of another group (salary-benchmark-"
                + "north-america)")), findings.toString());
    }

    @Test
    void workbooksAsLibreOfficeRecalculatesAndSavesThemPass() throws Exception {
        ExternalTool.require(onPath("soffice"), "LibreOffice (soffice) is not installed here");
        for (Path[] period : new Path[][] {{shipped, Path.of("templates")}, {burst, burstTemplates}}) {
            Path copy = copy(period[0], dir.resolve("libreoffice-" + period[0].getParent().getFileName()));
            Path converted = Files.createDirectories(copy.resolveSibling(copy.getFileName() + "-converted"));
            List<Path> workbooks;
            try (Stream<Path> files = Files.list(copy)) {
                workbooks = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
            }
            recalculate(workbooks, converted);
            for (Path w : workbooks) {
                Path saved = converted.resolve(w.getFileName());
                assertTrue(Files.size(saved) > 0, "LibreOffice saved " + w.getFileName());
                Files.copy(saved, w, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            PeriodAudit.Result result = new PeriodAudit(Clock.systemUTC(), false).audit(copy, Path.of("input"),
                    period[1], java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(List.of(), result.findings(), "as LibreOffice recalculated " + period[0]);
        }
    }

    /** The withheld figures of one report of a template, from the same rebuild the audit makes. */
    private static List<Disclosures.Secret> secrets(Path templates, String file) throws Exception {
        RunJob.Prepared prepared = new RunJob(RunLog.SILENT).prepare(new RunOptions(Path.of("input"), templates,
                dir.resolve("unused"), PERIOD, "test"));
        for (ReportBuilder.Built built : prepared.builds()) {
            for (int i = 0; i < built.reports().size(); i++) {
                if (built.reports().get(i).fileName().equals(file)) {
                    List<Disclosures.Secret> secrets = built.disclosures().get(i).secrets();
                    assertFalse(secrets.isEmpty(), file + " withholds something");
                    return secrets;
                }
            }
        }
        throw new AssertionError("no report " + file);
    }

    private static void append(Path workbook, String sheetName, String content, boolean formula) throws Exception {
        XSSFWorkbook w;
        try (InputStream in = Files.newInputStream(workbook)) {
            w = new XSSFWorkbook(in);
        }
        XSSFSheet sheet = w.getSheet(sheetName);
        var cell = sheet.createRow(sheet.getLastRowNum() + 5).createCell(0);
        if (formula) {
            cell.setCellFormula(content.substring(1));
        } else {
            cell.setCellValue(Double.parseDouble(content));
        }
        try (OutputStream out = Files.newOutputStream(workbook)) {
            w.write(out);
        }
        w.close();
    }

    private static Path copy(Path folder, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** Each workbook opened with a profile that recalculates every formula on load, and saved as xlsx. */
    private static void recalculate(List<Path> workbooks, Path out) throws Exception {
        Path profile = Files.createDirectories(out.resolveSibling(out.getFileName() + "-profile/user"));
        Files.writeString(profile.resolve("registrymodifications.xcu"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/"
                + "XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n<item oor:path=\"/org.openoffice"
                + ".Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value>"
                + "</prop></item>\n</oor:items>\n");
        List<String> command = new java.util.ArrayList<>(List.of("soffice", "-env:UserInstallation="
                + profile.getParent().toUri(), "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                out.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice finished");
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
