package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int validate(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("validate"));
        all.addAll(List.of(args));
        return cli.execute(all.toArray(String[]::new));
    }

    @Test
    void listsEveryProblemThenASummaryByKindAndExitsWithTwo() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(in.resolve("salaries.csv")));
        lines.set(3, lines.get(3).replaceFirst(",(\\d+),USD,", ",12k,USD,"));
        lines.set(7, lines.get(7).replaceFirst(",(\\d+),USD,", ",lots,USD,"));
        lines.set(9, lines.get(9).replace(",Small,", ",Tiny,"));
        Files.write(in.resolve("salaries.csv"), lines);
        Files.writeString(in.resolve("skills.csv"), Files.readString(in.resolve("skills.csv")).replace(",100,", ",high,"));

        assertEquals(ExitCodes.BAD_INPUT, validate("--input", in.toString()));
        String e = err.toString();
        assertTrue(e.contains("salaries.csv:4:9: column 'base_salary': found \"12k\", expected a number"), e);
        assertTrue(e.contains("salaries.csv:8:9: column 'base_salary': found \"lots\", expected a number"), e);
        assertTrue(e.contains("salaries.csv:10:6: column 'company_size': found \"Tiny\", expected one of [Small, "
                + "Medium, Large]"), e);
        assertTrue(e.contains("skills.csv:2:4: column 'demand_index': found \"high\", expected a number"), e);
        assertTrue(e.contains("4 problems:"), e);
        assertTrue(e.contains("     2  salaries.csv, column 'base_salary': expected a number"), e);
        assertTrue(e.contains("     1  salaries.csv, column 'company_size': expected one of [Small, Medium, Large]"), e);
    }

    @Test
    void theRawExportValidatesWithItsDataQualityCounts() {
        assertEquals(ExitCodes.OK, validate("--input", "input/ai-jobs-export"));
        assertTrue(out.toString().contains("salaries: 2,122 rows dropped: exact duplicate of an earlier row"),
                out.toString());
        assertTrue(out.toString().contains("Valid: 7 input files, 1,838 salary observations"), out.toString());
    }

    @Test
    void warningsAloneExitWithZero() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.copy(Path.of("templates/theme.yaml"), templates.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), templates.resolve("logo.png"));
        Files.writeString(templates.resolve("pay.md"), "---\ntitle: Pay\n---\n# Pay\n```table\nsource: benchmark\n"
                + "rows: level\n```\n");
        assertEquals(ExitCodes.OK, validate("--input", "src/test/resources/fixtures/messy-export", "--templates",
                templates.toString()));
        assertTrue(out.toString().contains("warning: export.csv: delimiter ';' detected"), out.toString());
    }

    @Test
    void aTypoInATemplateIsReportedAtItsLineWithASuggestionAndFixingItMakesTheRunSucceed() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, templates.resolve(f.getFileName()));
            }
        }
        Path report = templates.resolve("career-report.md");
        String good = Files.readString(report);
        List<String> lines = new ArrayList<>(good.lines().toList());
        int line = lines.indexOf("rows: level") + 1;
        lines.set(line - 1, "rows: levle");
        lines.replaceAll(l -> l.equals("source: skills") ? "source: skils" : l);
        Files.write(report, lines);
        assertEquals(ExitCodes.BAD_INPUT, validate("--templates", templates.toString()));
        assertTrue(err.toString().contains(report + ":" + line + ": unknown salaries column 'levle' in rows (did you "
                + "mean 'level'?)"), err.toString());
        assertTrue(err.toString().contains("unknown source 'skils' (did you mean 'skills'?)"),
                "every mistake at once: " + err);
        assertTrue(err.toString().contains("2 problems:"), err.toString());
        Files.writeString(report, good);
        assertEquals(ExitCodes.OK, validate("--templates", templates.toString()));
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(new StringWriter(), true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCodes.OK, cli.execute("run", "--templates", templates.toString(), "--output",
                dir.resolve("out").toString(), "--period", "2026-11"));
    }
}
