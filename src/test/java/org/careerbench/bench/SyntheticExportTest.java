package org.careerbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows in the shape of a real export: each export row once, then seeded draws; every salary moved up to ±10%. */
class SyntheticExportTest {
    @TempDir
    Path dir;

    private static List<CSVRecord> read(Path file) throws Exception {
        try (CSVParser p = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return new ArrayList<>(p.getRecords());
        }
    }

    @Test
    void theExportsRowsComeFirstThenDrawsWithinTenPercent() throws Exception {
        Path export = Files.writeString(dir.resolve("export.csv"), "title,salary,country\n"
                + "SRE,100000,US\nMLE,200000,DE\nDevOps,150000,GB\n");
        Path target = dir.resolve("big.csv");
        SyntheticExport.write(export, target, 50, 3, List.of("salary"));
        List<CSVRecord> rows = read(target);
        assertEquals(50, rows.size());
        assertEquals(List.of("SRE", "MLE", "DevOps"), rows.subList(0, 3).stream().map(r -> r.get("title")).toList());
        assertEquals("US", rows.get(0).get("country"), "every other field as the export has it");
        for (CSVRecord r : rows) {
            double base = switch (r.get("title")) {
                case "SRE" -> 100_000;
                case "MLE" -> 200_000;
                default -> 150_000;
            };
            double salary = Double.parseDouble(r.get("salary"));
            assertTrue(Math.abs(salary / base - 1) <= 0.1 + 1e-9, r.toString());
        }
    }

    @Test
    void theSameSeedDrawsTheSameRows() throws Exception {
        Path export = Files.writeString(dir.resolve("export.csv"), "title,salary\nSRE,100000\nMLE,200000\n");
        SyntheticExport.write(export, dir.resolve("a.csv"), 40, 9, List.of("salary"));
        SyntheticExport.write(export, dir.resolve("b.csv"), 40, 9, List.of("salary"));
        assertEquals(Files.readString(dir.resolve("a.csv")), Files.readString(dir.resolve("b.csv")));
    }
}
