package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRulesTest {
    private final List<QualityReason> applied = new ArrayList<>();

    private ValueRules.Reading read(String raw) {
        return ValueRules.number(raw, applied::add);
    }

    @Test
    void plainNumbers() {
        assertEquals(new ValueRules.Reading(151853.5, Marker.NONE), read("151853.5"));
        assertEquals(-3.0, read("-3").value());
        assertTrue(applied.isEmpty());
    }

    @Test
    void thousandsSeparatorsInGroupsOfThree() {
        assertEquals(151853870.0, read("151,853,870").value());
        assertEquals(List.of(QualityReason.THOUSANDS_SEPARATOR), applied);
        assertThrows(NumberFormatException.class, () -> read("15,18"));
        assertThrows(NumberFormatException.class, () -> read("1,5000"));
    }

    @Test
    void spreadsheetEscapes() {
        assertEquals("15-1244", ValueRules.text("=\"15-1244\"", applied::add));
        assertEquals(90000.0, read("=\"90000\"").value());
        assertEquals(List.of(QualityReason.SPREADSHEET_ESCAPE, QualityReason.SPREADSHEET_ESCAPE), applied);
    }

    @Test
    void notAvailableMarkers() {
        for (String s : List.of("*", "**", "N/A", "NA", "n/a", "-")) {
            ValueRules.Reading r = read(s);
            assertEquals(Marker.NOT_AVAILABLE, r.marker(), s);
            assertTrue(Double.isNaN(r.value()));
        }
    }

    @Test
    void topCodes() {
        assertEquals(new ValueRules.Reading(208000, Marker.TOP_CODED), read(">=208,000"));
        assertEquals(new ValueRules.Reading(208000, Marker.TOP_CODED), read("≥ 208000"));
        assertEquals(Marker.TOP_CODED, read("#").marker());
        assertTrue(Double.isNaN(read("#").value()));
        assertTrue(applied.contains(QualityReason.TOP_CODED));
    }

    @Test
    void currencySymbolIsRemoved() {
        assertEquals(120000.0, read("$120,000").value());
        assertEquals(List.of(QualityReason.CURRENCY_SYMBOL, QualityReason.THOUSANDS_SEPARATOR), applied);
    }

    @Test
    void nothingIsGuessed() {
        for (String s : List.of("12k", "1.2.3", "NaN", "Infinity", "0x10", "1 000", "€", "120000 EUR")) {
            assertThrows(NumberFormatException.class, () -> read(s), s);
        }
    }
}
