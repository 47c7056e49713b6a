package org.careerbench.audit;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.render.xlsx.ExcelFunctions;

/**
 * Every number a reader can get out of a published file: a workbook's cells after recalculation
 * (or as stored) and its charts' cached data, a PDF's text page by page, a web page's text
 * including its charts' labels, a CSV's fields. A number in text is read both the English way
 * (1,234.5) and the German way (1.234,5). One reader per file.
 */
final class NumbersInFiles {
    // A run of digits with group and decimal marks, not glued to a letter or digit (base64, names).
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{N}[\\p{N},.]*");
    private static final Pattern CHART_VALUE = Pattern.compile("<c:v>([^<]*)</c:v>");

    /** The next number's place in the file: the two readings of one piece of text share one. */
    private int token;
    private final boolean recalculate;

    /**
     * @param recalculate whether a workbook's formulas are recalculated (POI's evaluator) or read as
     *                    stored (as another program last calculated them)
     */
    NumbersInFiles(boolean recalculate) {
        this.recalculate = recalculate;
    }

    /** The numbers of a published file, by its kind; none for a kind that holds no figures (JSON). */
    List<FoundNumber> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return workbook(file, recalculate);
        }
        if (name.endsWith(".pdf")) {
            return pdf(file);
        }
        if (name.endsWith(".html")) {
            return text("", html(Files.readString(file, StandardCharsets.UTF_8)));
        }
        if (name.endsWith(".csv")) {
            return csv(Files.readString(file, StandardCharsets.UTF_8));
        }
        return List.of();
    }

    /**
     * A workbook's numbers: each cell's value — a formula's as POI's evaluator recalculates it when
     * {@code recalculate}, else as stored — numbers in text cells, and the data cached in its charts.
     */
    List<FoundNumber> workbook(Path file, boolean recalculate) throws IOException {
        List<FoundNumber> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.addToolPack(ExcelFunctions.TOOL_PACK);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = "'" + sheet.getSheetName() + "'!" + cell.getAddress().formatAsString();
                        cell(cell, recalculate ? evaluator : null, where, found);
                    }
                }
            }
            for (PackagePart part : workbook.getPackage().getPartsByName(Pattern.compile("/xl/charts/chart.*\\.xml"))) {
                String xml;
                try (InputStream in2 = part.getInputStream()) {
                    xml = new String(in2.readAllBytes(), StandardCharsets.UTF_8);
                }
                Matcher m = CHART_VALUE.matcher(xml);
                while (m.find()) {
                    try {
                        found.add(new FoundNumber(part.getPartName().getName(), Double.parseDouble(m.group(1)), -1));
                    } catch (NumberFormatException e) {
                        found.addAll(text(part.getPartName().getName(), m.group(1)));
                    }
                }
            }
        }
        return found;
    }

    private void cell(Cell cell, FormulaEvaluator evaluator, String where, List<FoundNumber> found) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (evaluator != null) {
                CellValue v = evaluator.evaluate(cell);
                if (v.getCellType() == CellType.NUMERIC) {
                    found.add(new FoundNumber(where, v.getNumberValue(), -1, token++));
                } else if (v.getCellType() == CellType.STRING) {
                    found.addAll(text(where, v.getStringValue()));
                }
                return;
            }
            type = cell.getCachedFormulaResultType();
        }
        if (type == CellType.NUMERIC) {
            found.add(new FoundNumber(where, cell.getNumericCellValue(), -1, token++));
        } else if (type == CellType.STRING) {
            found.addAll(text(where, cell.getStringCellValue()));
        }
    }

    private List<FoundNumber> pdf(Path file) throws IOException {
        List<FoundNumber> found = new ArrayList<>();
        PdfReader reader = new PdfReader(file.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                found.addAll(text("page " + page, extractor.getTextFromPage(page)));
            }
        } finally {
            reader.close();
        }
        return found;
    }

    /** A web page's text — what a reader sees, chart labels included — without markup, styles or scripts. */
    static String html(String page) {
        String text = page.replaceAll("(?is)<(style|script)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return decode(text);
    }

    private static String decode(String text) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement;
            if (e.startsWith("#x")) {
                replacement = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                replacement = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> " ";
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<FoundNumber> csv(String content) {
        List<FoundNumber> found = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String field : lines[i].split(",")) {
                String f = field.replace("\"", "").trim();
                try {
                    found.add(new FoundNumber("line " + (i + 1), Double.parseDouble(f), -1));
                } catch (NumberFormatException e) {
                    found.addAll(text("line " + (i + 1), f));
                }
            }
        }
        return found;
    }

    /** Every number in {@code text}, each in both readings of its marks. */
    List<FoundNumber> text(String where, String text) {
        List<FoundNumber> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String token = m.group().replaceAll("[,.]+$", "");
            int end = m.start() + token.length();
            if (end < text.length() && Character.isLetter(text.charAt(end))) {
                continue;
            }
            reading(where, token, ',', '.', this.token, found);
            reading(where, token, '.', ',', this.token, found);
            this.token++;
        }
        return found;
    }

    /** {@code token} read with {@code group} as the thousands mark and {@code decimal} as the decimal mark. */
    private static void reading(String where, String token, char group, char decimal, int place,
            List<FoundNumber> found) {
        String plain = token.replace(String.valueOf(group), "");
        int mark = plain.indexOf(decimal);
        if (mark != plain.lastIndexOf(decimal)) {
            return;
        }
        int decimals = mark < 0 ? 0 : plain.length() - mark - 1;
        try {
            found.add(new FoundNumber(where, Double.parseDouble(plain.replace(decimal, '.')), decimals, place));
        } catch (NumberFormatException e) {
            // Not a number in this reading.
        }
    }
}
