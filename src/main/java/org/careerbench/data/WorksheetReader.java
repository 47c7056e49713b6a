package org.careerbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Suggestions;

/**
 * Reads one sheet of an {@code .xlsx} workbook as a dataset, streaming: the sheet's XML is
 * parsed row by row ({@link SheetRows}, on a second thread) while this thread validates the rows
 * already parsed, so a sheet of a million rows needs no more memory than its shared strings.
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
     * What a sheet gave besides its rows.
     *
     * @param counts the records read and the rows passed on
     * @param sheet  the sheet's name
     */
    record Read(Counts counts, String sheet) {
    }

    /**
     * Reads the sheet of {@code mapping.file()} that the mapping names, passing each valid row to {@code sink}.
     *
     * @throws DataException when the workbook, its sheet or any value cannot be used
     * @throws IOException   when the file cannot be read
     */
    Read read(SourceMapping mapping, DatasetSchema schema, QualityLedger ledger, Consumer<DataRow> sink)
            throws DataException, IOException {
        SourceMapping.SheetArea area = mapping.rules().sheet().orElse(SourceMapping.SheetArea.FIRST_SHEET);
        String workbook = mapping.file().getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(mapping.file().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (area.sheet().map(name::equals).orElse(true)) {
                        CellText cells = new CellText(sharedStrings(pkg), reader.getStylesTable(), date1904(reader));
                        Place place = Place.sheet(workbook, name, area.headerRow(), area.firstColumn());
                        return new Read(rows(new SheetRows(in, area, cells, place), mapping, schema, ledger, sink,
                                place), name);
                    }
                }
            }
            String wanted = area.sheet().orElse("");
            throw new DataException(List.of(Problem.inData(workbook, 0, 0, "", names.isEmpty() ? "a workbook with no "
                    + "sheet" : "no sheet '" + wanted + "'" + Suggestions.didYouMean(wanted, names), "one of its sheets "
                    + names + ", named by 'sheet:' in " + mapping.source().getFileName())));
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException
                | org.xml.sax.SAXException e) {
            throw new DataException(List.of(Problem.inData(workbook, 0, 0, "", "a file that is not an .xlsx workbook"
                    + " (or is damaged or password-protected)", "an Excel workbook saved as .xlsx; save an .xls "
                    + "or .ods file as .xlsx, or export the sheet as CSV")));
        } catch (SheetRows.Unreadable e) {
            throw new DataException(List.of(Problem.inData(workbook, 0, 0, "", "a sheet whose XML cannot be read ("
                    + e.getMessage() + ")", "a workbook saved by Excel, LibreOffice or another spreadsheet program")));
        }
    }

    private static Counts rows(SheetRows rows, SourceMapping mapping, DatasetSchema schema,
            QualityLedger ledger, Consumer<DataRow> sink, Place place) throws DataException {
        try (rows) {
            SheetRows.Row header = rows.next();
            RecordIntake intake = new RecordIntake(new Layout(mapping, schema,
                    header == null ? List.of() : header.fields(), place), ledger, sink);
            for (SheetRows.Row r = rows.next(); r != null; r = rows.next()) {
                if (!r.problems().isEmpty()) {
                    intake.problem(r.problems());
                } else {
                    intake.accept(Fields.of(r.values()), r.row(), r.fingerprint(), r.repeat());
                }
            }
            return intake.finish();
        }
    }

    /** Every shared string once, as text (the table would build a rich-text object a cell). */
    private static String[] sharedStrings(OPCPackage pkg) throws IOException, org.xml.sax.SAXException {
        ReadOnlySharedStringsTable table = new ReadOnlySharedStringsTable(pkg, false);
        String[] strings = new String[table.getUniqueCount()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = table.getItemAt(i).getString();
        }
        return strings;
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
}
