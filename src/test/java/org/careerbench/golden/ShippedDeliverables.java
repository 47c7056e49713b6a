package org.careerbench.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.PdfFacts;
import org.careerbench.batch.OutputFile;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.RunResult;
import org.careerbench.batch.Shard;

/**
 * Every deliverable the shipped templates make from the shipped sample, built once per test JVM
 * into a temporary folder, with what a reader sees of each: a PDF's text page by page, a
 * workbook's text cells as "sheet!A1: text".
 */
final class ShippedDeliverables {
    private static Map<Path, List<String>> texts;

    private ShippedDeliverables() {
    }

    /** Each deliverable's file with its readable texts (PDF pages, or workbook text cells). */
    static synchronized Map<Path, List<String>> texts() throws Exception {
        if (texts == null) {
            Path dir = Files.createTempDirectory("shipped-deliverables");
            RunOptions options = new RunOptions(Path.of("input"), Path.of("templates"), dir, YearMonth.of(2026, 11),
                    "careerbench run", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"), Shard.ALL, 2);
            RunResult result = new RunJob(line -> { }).run(options);
            Map<Path, List<String>> read = new LinkedHashMap<>();
            for (OutputFile out : result.outputs()) {
                Path file = result.folder().resolve(out.name());
                if (!out.name().endsWith(".pdf") && !out.name().endsWith(".xlsx")) {
                    continue; // the figures file is data, not a deliverable a reader opens
                }

                read.put(file, file.toString().endsWith(".pdf") ? PdfFacts.read(file).pageTexts() : cells(file));
            }
            texts = read;
        }
        return texts;
    }

    /** Every text cell of a workbook, as "sheet!A1: text". */
    static List<String> cells(Path xlsx) {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + cell.getStringCellValue());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }
}
