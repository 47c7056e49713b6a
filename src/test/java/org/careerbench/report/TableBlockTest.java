package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A table with typed columns: its rows checked against its columns and held immutable. */
class TableBlockTest {
    private static final List<TableColumn> COLUMNS = List.of(TableColumn.of("Level", ValueType.TEXT),
            TableColumn.of("n", ValueType.INTEGER), TableColumn.money("P50", "USD"));

    @Test
    void aRowOfTheWrongLengthIsRefusedNamingTheTable() {
        var e = assertThrows(IllegalArgumentException.class, () -> new TableBlock("Pay", "", COLUMNS,
                List.of(List.of("Senior", 12)), List.of()));
        assertEquals("table Pay: row of 2 cells, expected 3", e.getMessage());
    }

    @Test
    void rowsAreCopiedAndCannotChange() {
        List<Object> row = new ArrayList<>(Arrays.asList("Senior", 12, 150_000.0));
        List<List<Object>> rows = new ArrayList<>(List.of(row));
        TableBlock t = new TableBlock("Pay", "", COLUMNS, rows, List.of("note"));
        row.set(1, 99);
        rows.clear();
        assertEquals(12, t.rows().get(0).get(1));
        assertThrows(UnsupportedOperationException.class, () -> t.rows().get(0).set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> t.footnotes().add("x"));
    }

    @Test
    void cellsMayBeBlankOrWithheld() {
        TableBlock t = new TableBlock("Pay", "", COLUMNS, List.of(Arrays.asList("Junior", 3, Suppressed.VALUE),
                Arrays.asList("Lead", null, null)), List.of());
        assertEquals(Suppressed.VALUE, t.rows().get(0).get(2));
        assertEquals(null, t.rows().get(1).get(2));
    }

    @Test
    void columnsAreFoundByHeader() {
        TableBlock t = new TableBlock("Pay", "", COLUMNS, List.of(), List.of());
        assertEquals(2, t.columnIndex("P50"));
        assertEquals(-1, t.columnIndex("p50"), "headers match exactly");
    }

    @Test
    void aRowViewMakesEachRowWhenAskedAndIsLarge() {
        AtomicInteger made = new AtomicInteger();
        List<Integer> source = List.of(1, 2, 3);
        TableBlock t = new TableBlock("Obs", "", COLUMNS, new TableBlock.RowView<>(source, i -> {
            made.incrementAndGet();
            return List.of("L" + i, i, i * 1000.0);
        }), List.of());
        assertTrue(t.large());
        assertEquals(0, made.get(), "no row made before one is asked for");
        assertEquals(3, t.rows().size());
        assertEquals("L2", t.rows().get(1).get(0));
        assertEquals(1, made.get());
        assertFalse(new TableBlock("Pay", "", COLUMNS, List.of(), List.of()).large());
    }

    @Test
    void aColumnCarriesItsCurrencyAndVisualCue() {
        TableColumn money = TableColumn.money("P50", "EUR");
        assertEquals(ValueType.MONEY, money.type());
        assertEquals("EUR", money.currency());
        assertEquals(TableColumn.Visual.NONE, money.visual());
        TableColumn scaled = TableColumn.of("Compa", ValueType.PERCENT).with(TableColumn.Visual.COLOR_SCALE);
        assertEquals(TableColumn.Visual.COLOR_SCALE, scaled.visual());
        assertEquals("", scaled.currency());
        assertEquals("Compa", scaled.header());
    }
}
