package org.careerbench.report.assembly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.careerbench.SampleInput;

/** Inputs and templates of earlier periods, as the tests of changes and histories publish them. */
final class PeriodInputs {
    private PeriodInputs() {
    }

    /**
     * Publishes October 2026 from {@code thinned} and November 2026 from the sample into
     * {@code output}, as a scheduler on 1 November would.
     */
    static void octoberThenNovember(Path thinned, Path output) throws Exception {
        org.careerbench.batch.PeriodPublisher publisher = new org.careerbench.batch.PeriodPublisher(
                org.careerbench.batch.RunLog.SILENT, java.time.Clock.fixed(java.time.Instant.parse(
                        "2026-11-01T06:00:00Z"), java.time.ZoneOffset.UTC));
        publisher.publish(new org.careerbench.batch.RunOptions(thinned, Path.of("templates"), output,
                java.time.YearMonth.of(2026, 10), "test"), false);
        publisher.publish(new org.careerbench.batch.RunOptions(Path.of("input"), Path.of("templates"), output,
                java.time.YearMonth.of(2026, 11), "test"), false);
    }

    /** The sample input in {@code folder}, every {@code every}-th salary observation removed. */
    static Path thinned(Path folder, int every) throws Exception {
        SampleInput.copyTo(folder);
        List<String> lines = Files.readAllLines(folder.resolve("salaries.csv"));
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            if (i % every != 0) {
                kept.add(lines.get(i));
            }
        }
        Files.write(folder.resolve("salaries.csv"), kept, StandardCharsets.UTF_8);
        return folder;
    }

    /**
     * The shipped templates in {@code folder}, the career report and the salary benchmark aging
     * salaries at {@code rate} a year (another method than the shipped 3%).
     */
    static Path agedAt(Path folder, String rate) throws Exception {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("career-report.md") || name.equals("salary-benchmark.md")) {
                    Files.writeString(folder.resolve(name), Files.readString(f).replaceFirst("\nparameters:\n",
                            "\nparameters:\n  aging: {rate: " + rate + "}\n"));
                } else {
                    Files.copy(f, folder.resolve(name));
                }
            }
        }
        return folder;
    }

    /** Every text cell of {@code sheet}, one a line. */
    static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
