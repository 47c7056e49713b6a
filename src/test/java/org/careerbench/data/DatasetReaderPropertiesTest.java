package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Random CSVs: reading never fails other than with a DataException, and valid rows arrive unchanged. */
class DatasetReaderPropertiesTest {
    private static final DatasetSchema SCHEMA = new DatasetSchema("people", "people.csv", List.of(
            Column.required("name", ColumnType.TEXT, "name"),
            Column.optional("note", ColumnType.TEXT, "note"),
            Column.required("salary", ColumnType.DECIMAL, "salary").withMarkers()));

    @Provide
    Arbitrary<String> cellText() {
        // Characters outside the BMP (emoji) come as whole strings: a char-level generator would split them.
        Arbitrary<String> chars = Arbitraries.strings()
                .withChars("abcXYZ ,;\t\"'\n\r=#*é€Zoëß日本語-.0123456789")
                .ofMinLength(1).ofMaxLength(20);
        return Arbitraries.oneOf(chars, chars.map(s -> s + "🙂x"))
                .filter(s -> s.equals(s.strip()) && !s.isEmpty())
                .filter(s -> !(s.startsWith("=\"") && s.endsWith("\"")));
    }

    @Property(tries = 200)
    void validRowsComeThroughUnchanged(@ForAll("rows") List<List<String>> rows) throws Exception {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader("name", "note", "salary")
                .get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        Path file = Files.createTempFile("people", ".csv");
        try {
            Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
            List<DataRow> read = new DatasetReader().read(file, SCHEMA);
            assertEquals(rows.size(), read.size());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(rows.get(i).get(0), read.get(i).text("name"));
                assertEquals(rows.get(i).get(1), read.get(i).text("note"));
                assertEquals(Double.parseDouble(rows.get(i).get(2)), read.get(i).number("salary"));
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> note = Arbitraries.oneOf(cellText(), Arbitraries.just(""));
        Arbitrary<String> salary = Arbitraries.doubles().between(0, 1e9).ofScale(2).map(d -> Double.toString(d));
        return cellText().list().ofSize(1).flatMap(name -> note.flatMap(n -> salary.map(s -> List.of(name.get(0), n, s))))
                .list().ofMinSize(1).ofMaxSize(15);
    }

    @Property(tries = 300)
    void anyTextEitherReadsOrFailsWithADataException(@ForAll @Size(max = 12) List<String> lines) throws IOException {
        Path file = Files.createTempFile("any", ".csv");
        try {
            List<String> all = new ArrayList<>();
            all.add("name,note,salary");
            all.addAll(lines);
            Files.write(file, all, StandardCharsets.UTF_8);
            try {
                new DatasetReader().read(file, SCHEMA);
            } catch (DataException expected) {
                // a clear, positioned error is a correct outcome
            }
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 300)
    void anyBytesEitherReadOrFailWithADataException(@ForAll @Size(max = 200) byte[] bytes) throws IOException {
        Path file = Files.createTempFile("bytes", ".csv");
        try {
            byte[] header = "name,note,salary\n".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[header.length + bytes.length];
            System.arraycopy(header, 0, all, 0, header.length);
            System.arraycopy(bytes, 0, all, header.length, bytes.length);
            Files.write(file, all);
            try {
                new DatasetReader().read(file, SCHEMA);
            } catch (DataException expected) {
                // invalid text or values are reported, never a crash
            }
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 300)
    void groupedNumbersReadAsTheirValue(@ForAll @DoubleRange(min = 0, max = 1e12) double value) {
        double rounded = Math.round(value * 100) / 100.0;
        String grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(rounded);
        assertEquals(rounded, ValueRules.number(grouped, r -> { }).value(), 1e-6);
    }
}
