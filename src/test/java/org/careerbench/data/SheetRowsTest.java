package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetRowsTest {
    private static SheetRows rows(String sheetData, SourceMapping.SheetArea area) {
        String xml = "<worksheet><sheetData>" + sheetData + "</sheetData></worksheet>";
        return new SheetRows(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), area,
                new CellText(new String[] {"level", "n", "Senior"}, null, false), Place.sheet("s.xlsx", "Data", 2, 2));
    }

    @Test
    void theHeaderComesFirstThenEachRowWithAValueAndItsProblems() {
        SourceMapping.SheetArea area = new SourceMapping.SheetArea(Optional.empty(), 2, 2, 0, 0);
        try (SheetRows r = rows("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Title</t></is></c></row>"
                + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\"><v>12</v></c></row>"
                + "<row r=\"4\"></row>"
                + "<row r=\"5\"><c r=\"B5\"><f>C5*2</f></c><c r=\"C5\"><v>1</v></c></row>", area)) {
            SheetRows.Row header = r.next();
            assertEquals(List.of("level", "n"), header.fields());
            SheetRows.Row first = r.next();
            assertEquals(3, first.row());
            assertEquals(List.of("Senior", "12"), List.of(first.values()));
            SheetRows.Row formula = r.next();
            assertEquals(5, formula.row(), "the empty row 4 is skipped");
            assertEquals("s.xlsx:Data!B5: column 'level': found a formula with no stored result, expected a value: "
                    + "open the workbook in Excel or LibreOffice and save it, so that every formula's result is stored",
                    formula.problems().get(0).toString());
            assertNull(r.next());
        }
    }

    @Test
    void equalRowsShareAFingerprintAndTheSecondIsARepeat() {
        SourceMapping.SheetArea area = new SourceMapping.SheetArea(Optional.empty(), 1, 1, 0, 0);
        try (SheetRows r = rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>7</v></c></row><row r=\"3\"><c r=\"A3\"><v>7</v></c></row>", area)) {
            r.next();
            SheetRows.Row a = r.next();
            SheetRows.Row b = r.next();
            assertEquals(a.fingerprint(), b.fingerprint());
            assertTrue(!a.repeat() && b.repeat());
        }
    }
}
