package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.PdfFacts;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.RunResult;
import org.careerbench.batch.Shard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a German template got "Contents", "Page 3 of 10", "not published: too few
 * observations", "$195,371" and "1 November 2026" around its German prose. A German career
 * report (PDF and workbook) is rendered from the shipped sample and searched for the English
 * wording of every message the German bundle translates, and for American number and date
 * formats; its money, percentages and dates must be German, and workbook cells stay numbers.
 */
class EnglishAroundGermanProseTest {
    private static final Pattern US_MONEY = Pattern.compile("\\$\\d{1,3}(,\\d{3})+");
    private static final Pattern US_DATE = Pattern.compile("\\b\\d{1,2} (January|February|March|April|May|June|July|"
            + "August|September|October|November|December) \\d{4}");

    @TempDir
    static Path dir;
    static String pdf;
    static List<String> cells;
    static Path workbook;
    static Path folder;

    @BeforeAll
    static void render() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        // The shipped German template alone, with a workbook beside its PDF and page.
        for (String f : List.of("karrierebericht.md", "theme.yaml", "logo.png")) {
            Files.copy(Path.of("templates", f), templates.resolve(f));
        }
        Path template = templates.resolve("karrierebericht.md");
        Files.writeString(template, Files.readString(template).replace("format: [pdf, html]",
                "format: [pdf, xlsx, html]"));
        RunOptions options = new RunOptions(Path.of("input"), templates, dir.resolve("out"), YearMonth.of(2026, 11),
                "careerbench run", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"), Shard.ALL, 1);
        RunResult result = new RunJob(line -> { }).run(options);
        pdf = String.join("\n", PdfFacts.read(result.folder().resolve("karrierebericht.pdf")).pageTexts());
        workbook = result.folder().resolve("karrierebericht.xlsx");
        folder = result.folder();
        cells = ShippedDeliverables.cells(workbook);
    }

    @Test
    void noEnglishMessageAppearsInTheGermanReport() throws Exception {
        Properties english = bundle("messages.properties");
        Properties german = bundle("messages_de.properties");
        String text = flat(pdf + "\n" + String.join("\n", cells) + "\n" + page("karrierebericht.html") + "\n"
                + page("index.html"));
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (en.equals(german.getProperty(key))) {
                continue;
            }
            // The message's own words between its arguments: those a reader would see.
            for (String part : en.replace("''", "'").split("\\{[^}]*}")) {
                String words = flat(part).strip();
                if (words.length() >= 12 && words.chars().filter(Character::isLetter).count() >= 8) {
                    checked++;
                    if (text.contains(words)) {
                        found.add(key + ": " + words);
                    }
                }
            }
        }
        assertTrue(checked > 100, "English wording checked: " + checked);
        assertEquals(List.of(), found);
        for (String frame : List.of("Contents", "Page 3 of", "Career field", "Period:", "not published")) {
            assertFalse(text.contains(frame), frame);
        }
    }

    @Test
    void numbersMoneyAndDatesAreGerman() {
        String text = flat(pdf);
        assertTrue(text.contains("195.371\u00a0$"), "money in German, symbol after the amount");
        assertTrue(text.contains("8,5\u00a0%"), "percent with a decimal comma");
        assertTrue(text.contains("1. November 2026"), "a German date");
        assertTrue(text.contains("Seite 3 von"), "German page numbers");
        assertFalse(US_MONEY.matcher(text).find(), "no American money");
        assertFalse(US_DATE.matcher(text).find(), "no English date");
    }

    @Test
    void theWebPageAndTheIndexAreGermanToo() throws Exception {
        String html = Files.readString(folder.resolve("karrierebericht.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"), "the page says its language");
        String text = flat(page("karrierebericht.html"));
        assertTrue(text.contains("195.371\u00a0$"), "money in German");
        assertTrue(text.contains("Inhalt"), "German contents");
        assertFalse(US_MONEY.matcher(text).find(), "no American money");
        assertTrue(Files.readString(folder.resolve("index.html")).contains("<html lang=\"de\">"));
        assertTrue(flat(page("index.html")).contains("Berichte für November 2026"));
    }

    /** A page's text: no head, no tags, entities read. */
    private static String page(String name) throws Exception {
        return Files.readString(folder.resolve(name)).replaceAll("(?s)<head>.*?</head>", " ")
                .replaceAll("(?s)<(title|desc) id=.*?</(title|desc)>", " ").replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void workbookMoneyIsNumbersWithAGermanFormat() throws Exception {
        int money = 0;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String format = cell.getCellStyle().getDataFormatString();
                        if (format != null && format.contains("\"$\"")) {
                            money++;
                            assertTrue(format.startsWith("#,##0"), "the symbol follows the amount: " + format);
                            assertTrue(cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA
                                    || cell.getCellType() == CellType.BLANK, cell.getAddress() + " stays a number");
                        }
                    }
                }
            }
        }
        assertTrue(money > 20, "money cells: " + money);
        assertFalse(cells.stream().anyMatch(c -> US_MONEY.matcher(c).find()));
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = EnglishAroundGermanProseTest.class.getResourceAsStream("/org/careerbench/report/" + name);
                var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    /** One line, single spaces: text extracted from a PDF breaks lines anywhere. */
    private static String flat(String s) {
        return s.replaceAll("[\\s&&[^\\u00a0]]+", " ");
    }
}
