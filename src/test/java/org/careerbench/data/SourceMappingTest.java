package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How one export becomes one dataset: columns, values, constants, wide columns into rows. */
class SourceMappingTest {
    private static final List<String> HEADER = List.of("Occupation", "2024", "2025 ", "Notes", "Y2026");

    @Test
    void anIdentityMappingReadsTheFileAsItIs() {
        SourceMapping m = SourceMapping.identity("salaries", Path.of("salaries.csv"), StandardCharsets.UTF_8);
        assertEquals(Path.of("salaries.csv"), m.source());
        assertEquals(Optional.empty(), m.delimiter());
        assertTrue(m.columns().isEmpty() && m.values().isEmpty() && m.constants().isEmpty() && m.filters().isEmpty());
        assertEquals(Set.of(), m.passThrough());
        assertFalse(m.rules().provenance().stated());
    }

    @Test
    void anotherFileKeepsEverythingElse() {
        SourceMapping m = new SourceMapping("market", Path.of("a.csv"), Path.of("market.mapping.yaml"),
                Optional.of(';'), StandardCharsets.ISO_8859_1, Map.of("value", "Wert"), Map.of(), Map.of("unit", "%"),
                Map.of(), SourceMapping.Rules.NONE);
        SourceMapping b = m.withFile(Path.of("b.csv"));
        assertEquals(Path.of("b.csv"), b.file());
        assertEquals(m.source(), b.source());
        assertEquals(Optional.of(';'), b.delimiter());
        assertEquals(m.columns(), b.columns());
        assertEquals(m.constants(), b.constants());
        assertEquals(StandardCharsets.ISO_8859_1, b.charset());
    }

    @Test
    void wideColumnsNamedInAListAreFoundInHeaderOrderStrippedOfSpace() {
        SourceMapping.Unpivot u = new SourceMapping.Unpivot(List.of("2024", "2025"), Optional.empty(), "year", "value");
        assertEquals(List.of(Map.entry(1, "2024"), Map.entry(2, "2025")), u.wide(HEADER));
    }

    @Test
    void aPatternsFirstGroupIsTheNameWritten() {
        SourceMapping.Unpivot u = new SourceMapping.Unpivot(List.of(), Optional.of(Pattern.compile("Y?(\\d{4})")),
                "year", "value");
        assertEquals(List.of(Map.entry(1, "2024"), Map.entry(2, "2025"), Map.entry(4, "2026")), u.wide(HEADER));
    }

    @Test
    void aPatternWithoutAGroupWritesTheWholeName() {
        SourceMapping.Unpivot u = new SourceMapping.Unpivot(List.of(), Optional.of(Pattern.compile("Y\\d+")), "year",
                "value");
        assertEquals(List.of(Map.entry(4, "Y2026")), u.wide(HEADER));
    }

    @Test
    void aStatedSourceIsOneWithAPublisher() {
        assertTrue(new SourceMapping.Provenance("BLS OEWS", "May 2023", "public domain").stated());
        assertFalse(new SourceMapping.Provenance("  ", "May 2023", "").stated());
    }

    @Test
    void itsMapsAreCopies() {
        Map<String, String> columns = new java.util.HashMap<>(Map.of("value", "Wert"));
        SourceMapping m = new SourceMapping("market", Path.of("a.csv"), Path.of("a.csv"), Optional.empty(),
                StandardCharsets.UTF_8, columns, Map.of(), Map.of(), Map.of(), SourceMapping.Rules.NONE);
        columns.put("year", "Jahr");
        assertEquals(Map.of("value", "Wert"), m.columns());
    }

    @Test
    void aSchemaColumnIsReadFromItsMappedColumnElseItsOwnName() {
        SourceMapping m = new SourceMapping("salaries", Path.of("a.csv"), Path.of("a.yaml"), Optional.empty(),
                StandardCharsets.UTF_8, Map.of("base_salary", "Salary (USD)"), Map.of(), Map.of(), Map.of(),
                SourceMapping.Rules.NONE);
        assertEquals("Salary (USD)", m.sourceColumn("base_salary"));
        assertEquals("level", m.sourceColumn("level"));
    }

    @Test
    void aRowFilterNeedsItsListAndItsPatternWhereBothAreGiven() {
        SourceMapping.RowFilter list = new SourceMapping.RowFilter(List.of("FT", "PT"), Optional.empty());
        assertTrue(list.accepts("FT"));
        assertFalse(list.accepts("ft"));
        SourceMapping.RowFilter pattern = new SourceMapping.RowFilter(List.of(), Optional.of(Pattern.compile("20\\d\\d")));
        assertTrue(pattern.accepts("2024"));
        assertFalse(pattern.accepts("2024-01"), "the whole value must match");
        SourceMapping.RowFilter both = new SourceMapping.RowFilter(List.of("2023", "2024", "x"),
                Optional.of(Pattern.compile("\\d+")));
        assertTrue(both.accepts("2024"));
        assertFalse(both.accepts("x"));
        assertFalse(both.accepts("2025"));
    }
}
