package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.batch.OutputFile;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.RunResult;
import org.careerbench.batch.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped template's deliverables, built from the shipped sample, against a golden summary
 * under {@code src/test/resources/golden}: from a PDF, each line of extracted text that holds a
 * figure (a digit); from a workbook, every non-empty cell with its type, value and formula.
 *
 * <p>When a change to the figures or their wording is intended, regenerate the summaries with
 * {@code mvn -q test -Dtest=GoldenSummariesTest -Dgolden.update=true} and review the diff.
 */
class GoldenSummariesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    @Test
    void everyShippedDeliverableHasItsGoldenFigures() throws Exception {
        RunOptions options = new RunOptions(Path.of("input"), Path.of("templates"), dir, YearMonth.of(2026, 11),
                "careerbench run", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"), Shard.ALL, 2);
        RunResult result = new RunJob(line -> { }).run(options);
        boolean update = Boolean.getBoolean("golden.update");
        List<String> mismatches = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (OutputFile out : result.outputs()) {
            Path file = result.folder().resolve(out.name());
            if (out.name().equals("figures.csv")) {
                continue; // data for later periods, checked by FiguresFileTest
            }

            String summary = summary(file);
            Path golden = GOLDEN.resolve(out.name() + ".txt");
            names.add(golden.getFileName().toString());
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, summary, StandardCharsets.UTF_8);
            } else if (!Files.exists(golden)) {
                mismatches.add(out.name() + ": no golden summary at " + golden);
            } else {
                String expected = Files.readString(golden, StandardCharsets.UTF_8);
                if (!expected.equals(summary)) {
                    mismatches.add(out.name() + ": " + firstDifference(expected, summary));
                }
            }
        }
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path g : files.toList()) {
                if (!names.contains(g.getFileName().toString())) {
                    mismatches.add(g + ": a golden summary for a deliverable the run no longer writes");
                }
            }
        }
        assertFalse(names.isEmpty());
        assertEquals(List.of(), mismatches, "figures differ from the golden summaries; if intended, regenerate with "
                + "-Dgolden.update=true");
    }

    static String summary(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            return pdf(file);
        }
        if (name.endsWith(".xlsx")) {
            return xlsx(file);
        }
        if (name.endsWith(".html")) {
            return html(file);
        }
        throw new IllegalArgumentException("no summary for " + name);
    }

    /** A page's lines of text that hold a digit: no styles, no markup, a chart by its texts only. */
    private static String html(Path file) throws IOException {
        String page = Files.readString(file).replaceAll("(?s)<head>.*?</head>", "");
        java.util.regex.Matcher svg = java.util.regex.Pattern.compile("(?s)<svg.*?</svg>").matcher(page);
        StringBuilder flat = new StringBuilder();
        while (svg.find()) {
            java.util.regex.Matcher text = java.util.regex.Pattern.compile("(?s)<text[^>]*>(.*?)</text>")
                    .matcher(svg.group());
            StringBuilder texts = new StringBuilder("\n");
            while (text.find()) {
                texts.append(text.group(1)).append('\n');
            }
            svg.appendReplacement(flat, java.util.regex.Matcher.quoteReplacement(texts.toString()));
        }
        svg.appendTail(flat);
        StringBuilder out = new StringBuilder();
        for (String line : flat.toString().split("\\R")) {
            String text = line.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
            boolean digits = text.matches(".*\\d.*");
            if (file.getFileName().toString().equals("index.html")) {
                // A file's size is no figure: it moves with layout by a few bytes across a KB boundary.
                text = text.replaceAll("\\b[\\d.,]+ (KB|MB|bytes)$", "(size)");
            }
            if (digits) {
                out.append(text).append('\n');
            }
        }
        return out.toString();
    }

    private static String pdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            StringBuilder out = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                out.append("== page ").append(page).append('\n');
                for (String line : stripper.getText(doc).split("\\R")) {
                    if (line.matches(".*\\d.*")) {
                        out.append(line.strip()).append('\n');
                    }
                }
            }
            return out.toString();
        }
    }

    private static String xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            StringBuilder out = new StringBuilder();
            for (Sheet sheet : wb) {
                out.append("== sheet ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String v = cell(cell);
                        if (!v.isEmpty()) {
                            out.append(cell.getAddress().formatAsString()).append('\t').append(v).append('\n');
                        }
                    }
                }
            }
            return out.toString();
        }
    }

    private static String cell(Cell c) {
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            return "=" + c.getCellFormula() + "\t" + cached(c, c.getCachedFormulaResultType());
        }
        return cached(c, type);
    }

    private static String cached(Cell c, CellType type) {
        return switch (type) {
            case NUMERIC -> "N\t" + String.format(Locale.ROOT, "%.6g", c.getNumericCellValue());
            case STRING -> c.getStringCellValue().isEmpty() ? "" : "S\t" + c.getStringCellValue();
            case BOOLEAN -> "B\t" + c.getBooleanCellValue();
            case ERROR -> "E\t" + c.getErrorCellValue();
            default -> "";
        };
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + ": expected «" + a[i] + "», found «" + b[i] + "»";
            }
        }
        return "expected " + a.length + " lines, found " + b.length;
    }
}
