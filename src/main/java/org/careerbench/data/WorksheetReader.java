package org.careerbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Suggestions;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an {@code .xlsx} workbook as a dataset, streaming: the sheet's XML is
 * parsed row by row (SAX, through POI's {@link XSSFReader}), never held whole, so a sheet of a
 * million rows needs no more memory than its shared strings.
 *
 * <p>Contract: the header is the row the mapping names (row 1 unless {@code header-row:} or
 * {@code range:} says otherwise); every row after it, up to the range's end, is a record, and a
 * row with no value is skipped as a CSV reader skips a blank line. A text cell is read as its
 * text; a number as the number it holds, at full precision, never as rounded on screen; a
 * number formatted as a date as {@code yyyy-MM-dd} (with the time when it has one); a boolean as
 * {@code true}/{@code false}; a formula by its stored result. A formula with no stored result,
 * an error value ({@code #N/A}) and a value outside the header's columns are problems at their
 * cell ({@code survey.xlsx:Data!C17}), as is every value the schema refuses.
 */
final class WorksheetReader {

    /**
     * Reads the sheet of {@code mapping.file()} that the mapping names, passing each valid row to {@code sink}.
     *
     * @throws DataException when the workbook, its sheet or any value cannot be used
     * @throws IOException   when the file cannot be read
     */
    /**
     * What a sheet gave besides its rows.
     *
     * @param counts the records read and the rows passed on
     * @param sheet  the sheet's name
     */
    record Read(DatasetReader.Counts counts, String sheet) {
    }

    Read read(SourceMapping mapping, DatasetSchema schema, QualityLedger ledger,
            Consumer<DataRow> sink) throws DataException, IOException {
        SourceMapping.SheetArea area = mapping.rules().sheet().orElse(SourceMapping.SheetArea.FIRST_SHEET);
        String workbook = mapping.file().getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(mapping.file().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = date1904(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (area.sheet().map(name::equals).orElse(true)) {
                        Rows rows = new Rows(mapping, schema, ledger, sink, area, workbook, name, strings, styles,
                                date1904);
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(rows);
                        xml.parse(new InputSource(in));
                        return new Read(rows.finish(), name);
                    }
                }
            }
            String wanted = area.sheet().orElse("");
            throw new DataException(List.of(Problem.inData(workbook, 0, 0, "", names.isEmpty() ? "a workbook with no "
                    + "sheet" : "no sheet '" + wanted + "'" + Suggestions.didYouMean(wanted, names), "one of its sheets "
                    + names + ", named by 'sheet:' in " + mapping.source().getFileName())));
        } catch (Stop stop) {
            throw stop.problems;
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException e) {
            throw new DataException(List.of(Problem.inData(workbook, 0, 0, "", "a file that is not an .xlsx workbook"
                    + " (or is damaged or password-protected)", "an Excel workbook saved as .xlsx; save an .xls "
                    + "or .ods file as .xlsx, or export the sheet as CSV")));
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new DataException(List.of(Problem.inData(workbook, 0, 0, "", "a sheet whose XML cannot be read ("
                    + e.getMessage() + ")", "a workbook saved by Excel, LibreOffice or another spreadsheet program")));
        }
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException {
        try (InputStream in = reader.getWorkbookData()) {
            byte[] head = in.readNBytes(1 << 16);
            return new String(head, java.nio.charset.StandardCharsets.UTF_8)
                    .matches("(?s).*<(?:\\w+:)?workbookPr[^>]*date1904=\"(?:1|true)\".*");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return false;
        }
    }

    /** Problems found inside the SAX parse, carried out of it. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient DataException problems;

        Stop(DataException problems) {
            super("stopped");
            this.problems = problems;
        }
    }

    /** The sheet's rows as they are parsed: the header makes the layout, every later row a record. */
    private static final class Rows extends DefaultHandler {
        private final SourceMapping mapping;
        private final DatasetSchema schema;
        private final QualityLedger ledger;
        private final Consumer<DataRow> sink;
        private final SourceMapping.SheetArea area;
        private final String workbook;
        private final String sheet;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final RecordScan scan = new RecordScan();
        private final FingerprintSet seen = new FingerprintSet();
        private final StringBuilder text = new StringBuilder();
        private final List<Problem> rowProblems = new ArrayList<>();
        private final Map<Integer, String> cells = new HashMap<>();

        private RecordIntake intake;
        private Place place;
        private List<String> header;
        private int width;
        private long row;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean value;
        private boolean inline;

        Rows(SourceMapping mapping, DatasetSchema schema, QualityLedger ledger, Consumer<DataRow> sink,
                SourceMapping.SheetArea area, String workbook, String sheet, ReadOnlySharedStringsTable strings,
                StylesTable styles, boolean date1904) {
            this.mapping = mapping;
            this.schema = schema;
            this.ledger = ledger;
            this.sink = sink;
            this.area = area;
            this.workbook = workbook;
            this.sheet = sheet;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.place = Place.sheet(workbook, sheet, area.headerRow(), area.firstColumn());
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r != null ? Long.parseLong(r) : row + 1;
                    column = 0;
                    cells.clear();
                    rowProblems.clear();
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref != null ? columnOf(ref) : column + 1;
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value = false;
                    inline = false;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    value = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inline = true;
                    value = true;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (localName.equals("c")) {
                cell();
            } else if (localName.equals("row")) {
                row();
            } else if (localName.equals("f") && !value) {
                text.setLength(0);
            }
        }

        /** The cell just parsed, as text, into this row's cells (or a problem at it). */
        private void cell() {
            if (row < area.headerRow() || column < area.firstColumn() || area.lastRow() > 0 && row > area.lastRow()
                    || area.lastColumn() > 0 && column > area.lastColumn()) {
                return;
            }
            String shown;
            if (formula && !value) {
                problemAt("a formula with no stored result", "a value: open the workbook in Excel or LibreOffice "
                        + "and save it, so that every formula's result is stored");
                return;
            }
            if (!value) {
                return;
            }
            String raw = text.toString();
            if (type == null || type.equals("n")) {
                shown = raw.isEmpty() ? "" : number(raw);
            } else {
                shown = switch (type) {
                    case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                    case "b" -> raw.strip().equals("1") ? "true" : "false";
                    case "e" -> {
                        problemAt("the error value " + raw, "a value (the cell's formula fails)");
                        yield null;
                    }
                    default -> raw; // "str" (a formula's text), "inlineStr", "d" (an ISO date)
                };
                if (shown == null) {
                    return;
                }
            }
            cells.put(column, shown);
        }

        /** A number cell: a date where its format is one, else the number it holds, never in E notation. */
        private String number(String raw) {
            double v;
            try {
                v = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
            if (dateStyle() && DateUtil.isValidExcelDate(v)) {
                LocalDateTime t = DateUtil.getLocalDateTime(v, date1904, true);
                return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
            }
            return raw.indexOf('E') < 0 && raw.indexOf('e') < 0 ? raw : new BigDecimal(raw).toPlainString();
        }

        private boolean dateStyle() {
            if (style == 0 || styles == null || style >= styles.getNumCellStyles()) {
                return false;
            }
            return dateStyles.computeIfAbsent(style, s -> {
                XSSFCellStyle cs = styles.getStyleAt(s);
                return cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
            });
        }

        private void problemAt(String found, String expected) {
            String field = header != null && column - area.firstColumn() < header.size()
                    ? header.get(column - area.firstColumn()) : "";
            rowProblems.add(place.problem(row, column - area.firstColumn() + 1, field, found, expected));
        }

        /** The row just parsed: the header, or a record. */
        private void row() throws SAXException {
            if (row < area.headerRow() || area.lastRow() > 0 && row > area.lastRow()) {
                return;
            }
            if (row == area.headerRow()) {
                header(header());
                return;
            }
            if (intake == null) {
                // The header row was missing: rows before any header.
                header(List.of());
            }
            if (!rowProblems.isEmpty()) {
                intake.problem(List.copyOf(rowProblems));
                return;
            }
            if (cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            String[] fields = new String[width];
            for (Map.Entry<Integer, String> c : cells.entrySet()) {
                int at = c.getKey() - area.firstColumn();
                if (at >= width) {
                    if (!c.getValue().isBlank()) {
                        intake.problem(List.of(place.problem(row, at + 1, "", "\"" + c.getValue() + "\" in a column "
                                + "with no header", "values only under the header's columns")));
                    }
                    continue;
                }
                fields[at] = c.getValue();
            }
            Fields record = Fields.of(fields);
            scan.of(record);
            intake.accept(record, row, scan.fingerprint, !seen.add(scan.fingerprint));
        }

        /** The header row's names, from the first column to the last named one. */
        private List<String> header() {
            int last = 0;
            for (Map.Entry<Integer, String> c : cells.entrySet()) {
                if (!c.getValue().isBlank()) {
                    last = Math.max(last, c.getKey());
                }
            }
            List<String> names = new ArrayList<>();
            for (int c = area.firstColumn(); c <= last; c++) {
                names.add(cells.getOrDefault(c, ""));
            }
            return names;
        }

        private void header(List<String> names) throws SAXException {
            header = names;
            width = names.size();
            try {
                intake = new RecordIntake(new Layout(mapping, schema, names, place), ledger, sink);
            } catch (DataException e) {
                throw new Stop(e);
            }
        }

        DatasetReader.Counts finish() throws DataException {
            if (intake == null) {
                new RecordIntake(new Layout(mapping, schema, List.of(), place), ledger, sink);
            }
            return intake.finish();
        }

        /** The 1-based column of a cell reference such as {@code C17}. */
        private static int columnOf(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return c;
        }
    }
}
