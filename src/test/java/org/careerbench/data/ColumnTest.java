package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A declared column of a dataset, made by name and refined one property at a time. */
class ColumnTest {
    @Test
    void requiredAndOptionalColumnsAcceptAnyValueOfTheirType() {
        Column base = Column.required("base_salary", ColumnType.DECIMAL, "annual base");
        assertTrue(base.required());
        assertEquals(List.of(), base.allowed());
        assertFalse(base.markers());
        assertFalse(Column.optional("bonus", ColumnType.DECIMAL, "bonus").required());
    }

    @Test
    void eachRefinementKeepsTheRest() {
        Column c = Column.required("employment_type", ColumnType.TEXT, "type").allowing("FT", "PT").in("code")
                .withMarkers();
        assertEquals(List.of("FT", "PT"), c.allowed());
        assertEquals("code", c.unit());
        assertTrue(c.markers());
        assertTrue(c.required());
        assertEquals("type", c.description());
    }

    @Test
    void nothingMayBeMissing() {
        assertThrows(NullPointerException.class, () -> new Column(null, ColumnType.TEXT, true, List.of(), "", false,
                ""));
        assertThrows(NullPointerException.class, () -> new Column("a", ColumnType.TEXT, true, List.of(), null, false,
                ""));
    }
}
