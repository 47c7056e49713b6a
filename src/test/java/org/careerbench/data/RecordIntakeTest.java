package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A source's records, from whatever source, become rows or placed problems the same way. */
class RecordIntakeTest {
    private static final List<String> HEADER = List.of("indicator", "year", "value", "unit", "basis", "source");

    private static RecordIntake intake(List<DataRow> rows, SourceMapping mapping) throws DataException {
        return new RecordIntake(new Layout(mapping, StandardSchemas.MARKET, HEADER, Place.query("m.mapping.yaml")),
                new QualityLedger(), rows::add);
    }

    private static Fields record(String... values) {
        return Fields.of(values);
    }

    @Test
    void validRecordsBecomeRowsAndEveryProblemIsPlacedBySource() throws Exception {
        List<DataRow> rows = new ArrayList<>();
        RecordIntake in = intake(rows, SourceMapping.identity("market", Path.of("m"), java.nio.charset.StandardCharsets.UTF_8));
        in.accept(record("Size", "2024", "1.5", "USD", "stated", "s"), 1, 1, false);
        in.accept(record("Size", "twenty", "1.5", "USD", "stated", "s"), 2, 2, false);
        in.accept(record("Size", "2024"), 3, 3, false);
        assertEquals(1, rows.size());
        DataException e = assertThrows(DataException.class, in::finish);
        assertEquals(List.of("m.mapping.yaml: query row 2, column 2: column 'year': found \"twenty\", expected a whole "
                + "number", "m.mapping.yaml: query row 3: found 2 fields, expected 6 fields, as in the header"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aRecordTheFiltersLeaveOutIsCountedNotPassedOn() throws Exception {
        List<DataRow> rows = new ArrayList<>();
        SourceMapping mapping = new SourceMapping("market", Path.of("m"), Path.of("m.mapping.yaml"),
                java.util.Optional.empty(), java.nio.charset.StandardCharsets.UTF_8, Map.of(), Map.of(), Map.of(),
                Map.of("unit", new SourceMapping.RowFilter(List.of("USD"), java.util.Optional.empty())),
                SourceMapping.Rules.NONE);
        RecordIntake in = intake(rows, mapping);
        in.accept(record("Size", "2024", "1.5", "EUR", "stated", "s"), 1, 1, false);
        in.accept(record("Size", "2024", "1.5", "USD", "stated", "s"), 2, 2, false);
        assertEquals(new Counts(2, 1), in.finish());
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).line() == 2);
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedBeforeAnyRecord() {
        DataException e = assertThrows(DataException.class, () -> new RecordIntake(new Layout(SourceMapping.identity(
                "market", Path.of("m"), java.nio.charset.StandardCharsets.UTF_8), StandardSchemas.MARKET,
                List.of("indicator"), Place.csv("market.csv")), new QualityLedger(), r -> { }));
        assertTrue(e.problems().get(0).toString().startsWith("market.csv:1: column 'year': found no column 'year'"),
                e.problems().get(0).toString());
    }
}
