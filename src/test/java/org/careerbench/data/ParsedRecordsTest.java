package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/** CSV records parsed on a second thread in batches: order, lines and duplicates as a single thread would find them. */
class ParsedRecordsTest {
    private static CSVParser csv(String text) throws Exception {
        return CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get()).get();
    }

    private static List<ParsedRecords.Parsed> all(String text) throws Exception {
        List<ParsedRecords.Parsed> list = new ArrayList<>();
        try (ParsedRecords records = new ParsedRecords(csv(text))) {
            for (ParsedRecords.Parsed p = records.next(); p != null; p = records.next()) {
                list.add(p);
            }
            assertNull(records.next(), "after the end, still the end");
        }
        return list;
    }

    @Test
    void everyRecordInOrderAcrossManyBatches() throws Exception {
        StringBuilder text = new StringBuilder("n,v\n");
        int n = ParsedRecords.BATCH * 3 + 17;
        for (int i = 0; i < n; i++) {
            text.append(i).append(',').append(i % 7).append('\n');
        }
        List<ParsedRecords.Parsed> records = all(text.toString());
        assertEquals(n, records.size());
        for (int i = 0; i < n; i++) {
            assertEquals(String.valueOf(i), records.get(i).record().get("n"));
            assertEquals(i + 2, records.get(i).line(), "the header is line 1");
        }
    }

    @Test
    void aRecordOverSeveralLinesIsPlacedAtItsFirstLine() throws Exception {
        List<ParsedRecords.Parsed> records = all("a,b\n1,\"two\nlines\"\n3,x\n");
        assertEquals(2, records.get(0).line());
        assertEquals(4, records.get(1).line());
    }

    @Test
    void anExactRepeatIsMarkedAndAnyOtherRowIsNot() throws Exception {
        List<ParsedRecords.Parsed> records = all("a,b\n1,x\n1,y\n1,x\n");
        assertFalse(records.get(0).repeat());
        assertFalse(records.get(1).repeat());
        assertTrue(records.get(2).repeat());
        assertEquals(records.get(0).fingerprint(), records.get(2).fingerprint());
        assertNotEquals(records.get(0).fingerprint(), records.get(1).fingerprint());
    }

    @Test
    void aParseErrorReachesTheCallerAsThrown() throws Exception {
        try (ParsedRecords records = new ParsedRecords(csv("a,b\n1,\"unclosed\n"))) {
            assertThrows(UncheckedIOException.class, () -> {
                while (records.next() != null) {
                    // read to the error
                }
            });
            assertNull(records.next(), "and then the end");
        }
    }

    @Test
    void anEmptyFileHasNoRecord() throws Exception {
        assertEquals(List.of(), all("a,b\n"));
    }
}
