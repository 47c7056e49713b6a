package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    private static final DatasetSchema SCHEMA = new DatasetSchema("people", "people.csv", List.of(
            Column.required("name", ColumnType.TEXT, "name"),
            Column.required("salary", ColumnType.DECIMAL, "salary"),
            Column.optional("year", ColumnType.INTEGER, "year")));

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path f = dir.resolve("people.csv");
        Files.write(f, content.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void readsTypedValuesWithLineNumbers() throws Exception {
        List<DataRow> rows = new DatasetReader().read(write("name,salary,year\nAda,100000,2024\nBob,90000.5,\n"),
                SCHEMA);
        assertEquals(2, rows.size());
        assertEquals("Ada", rows.get(0).text("name"));
        assertEquals(100000.0, rows.get(0).number("salary"));
        assertEquals(2024, rows.get(0).integer("year"));
        assertEquals(2, rows.get(0).line());
        assertEquals(3, rows.get(1).line());
        assertTrue(Double.isNaN(rows.get(1).numberOrNaN("year")));
    }

    @Test
    void aMisspeltHeaderAndANearlyAllowedValueGetTheNearMiss() throws Exception {
        DatasetSchema sized = new DatasetSchema("people", "people.csv", List.of(
                Column.required("name", ColumnType.TEXT, "name"),
                Column.required("size", ColumnType.TEXT, "size").allowing("Small", "Medium", "Large")));
        DataException header = assertThrows(DataException.class,
                () -> new DatasetReader().read(write("nmae,size\nAda,Small\n"), sized));
        assertTrue(header.getMessage().contains("no column 'name' in header [nmae, size] (did you mean 'nmae'?)"),
                header.getMessage());
        DataException value = assertThrows(DataException.class,
                () -> new DatasetReader().read(write("name,size\nAda,Smal\n"), sized));
        assertTrue(value.getMessage().contains("people.csv:2:2: column 'size': found \"Smal\" (did you mean 'Small'?), "
                + "expected one of [Small, Medium, Large]"), value.getMessage());
    }

    @Test
    void lastLineWithoutLineBreakKeepsItsNumber() throws Exception {
        Path f = write("name,salary\nAda,1\nBob,x");
        DataException e = assertThrows(DataException.class, () -> new DatasetReader().read(f, SCHEMA));
        assertEquals(3, e.problems().get(0).line());
    }

    @Test
    void skipsByteOrderMarkAndAcceptsCrlf() throws Exception {
        List<DataRow> rows = new DatasetReader().read(write("\uFEFFname,salary\r\nAda,1\r\nBob,2\r\n"), SCHEMA);
        assertEquals(List.of("Ada", "Bob"), rows.stream().map(r -> r.text("name")).toList());
    }

    @Test
    void lineNumbersCountPhysicalLinesAfterAQuotedLineBreak() throws Exception {
        List<DataRow> rows = new DatasetReader().read(write("name,salary\n\"Ada\nLovelace\",1\nBob,2\n"), SCHEMA);
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void nonNumericSalaryNamesFileLineColumnFoundAndExpected() throws Exception {
        Path f = write("name,salary\nAda,100000\nBob,lots\n");
        DataException e = assertThrows(DataException.class, () -> new DatasetReader().read(f, SCHEMA));
        assertEquals(1, e.problems().size());
        assertEquals("people.csv:3:2: column 'salary': found \"lots\", expected a number", e.getMessage());
    }

    @Test
    void missingRequiredColumnIsReportedOnTheHeaderLine() throws Exception {
        Path f = write("name,year\nAda,2024\n");
        DataException e = assertThrows(DataException.class, () -> new DatasetReader().read(f, SCHEMA));
        org.careerbench.diagnostics.Problem p = e.problems().get(0);
        assertEquals(1, p.line());
        assertTrue(p.message().startsWith("column 'salary': "), p.message());
        assertTrue(e.getMessage().contains("no column 'salary'"), e.getMessage());
    }

    @Test
    void reportsEveryBadRowNotOnlyTheFirst() throws Exception {
        Path f = write("name,salary,year\nAda,x,2024\n,5,2024\nCy,7,twenty\n");
        DataException e = assertThrows(DataException.class, () -> new DatasetReader().read(f, SCHEMA));
        assertEquals(List.of("people.csv:2:2", "people.csv:3:1", "people.csv:4:3"), e.problems().stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList());
        assertTrue(e.problems().get(1).message().contains("empty"));
    }

    @Test
    void rowWithTooFewFieldsIsAnErrorNotAShortRow() throws Exception {
        Path f = write("name,salary,year\nAda,5\n");
        DataException e = assertThrows(DataException.class, () -> new DatasetReader().read(f, SCHEMA));
        assertTrue(e.getMessage().contains("found 2 fields, expected 3 fields"), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreAnError() throws Exception {
        Path f = dir.resolve("people.csv");
        Files.write(f, new byte[] {'n', 'a', 'm', 'e', ',', 's', 'a', 'l', 'a', 'r', 'y', '\n', (byte) 0xE9, ',', '1', '\n'});
        DataException e = assertThrows(DataException.class, () -> new DatasetReader().read(f, SCHEMA));
        assertEquals("people.csv:2: found bytes that are not valid UTF-8, expected text in UTF-8 (name the file's "
                + "encoding with --encoding, or 'encoding:' in its mapping)", e.getMessage());
    }

    @Test
    void anUnterminatedQuoteIsAPositionedError() throws Exception {
        Path f = write("name,salary\nAda,1\n\"Bob,2\n");
        DataException e = assertThrows(DataException.class, () -> new DatasetReader().read(f, SCHEMA));
        assertEquals("people.csv:3: found malformed CSV (a quoted field that is never closed: the file ends inside "
                + "its quotes), expected fields separated by the delimiter, a quoted field closed by a quote, quotes "
                + "inside it doubled (\"\")",
                e.getMessage());
    }

    @Test
    void markersAreRefusedWhereTheColumnDoesNotAcceptThem() throws Exception {
        Path f = write("name,salary\nAda,*\n");
        DataException e = assertThrows(DataException.class, () -> new DatasetReader().read(f, SCHEMA));
        assertEquals("people.csv:2:2: column 'salary': found \"*\" (a publisher's marker), expected a number",
                e.getMessage());
    }
}
