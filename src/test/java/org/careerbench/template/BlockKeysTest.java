package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careerbench.data.SalaryDimension;
import org.careerbench.diagnostics.Problems;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.handwritten.YamlNode;
import org.careerbench.handwritten.YamlText;
import org.junit.jupiter.api.Test;

/** The typed values of a block's keys: each wrong one a problem at its line, the rest read. */
class BlockKeysTest {
    private static final Path FILE = Path.of("t.md");

    private static KeyReader reader(String yaml, Problems problems) {
        YamlNode body = YamlText.parse(FILE, 10, yaml, problems).orElseThrow();
        return KeyReader.of(FILE, body, "a table", problems);
    }

    @Test
    void eachKeyIsReadAsItsTypeAndAWrongValueIsAProblemAtItsLine() {
        Problems problems = new Problems();
        KeyReader r = reader("rows: [level, region]\nsort: p50 desc\ntop: 3\nname: 1bad\n"
                + "justified: {Engineer I: market premium agreed with the works council}", problems);
        assertEquals(List.of(SalaryDimension.LEVEL, SalaryDimension.REGION), BlockKeys.dimensions(r, "rows",
                List.of()));
        RowOrderSpec order = BlockKeys.order(r);
        assertEquals("p50", order.sort().orElseThrow().column());
        assertTrue(order.sort().orElseThrow().descending());
        assertEquals(3, order.top().getAsInt());
        assertEquals("Fallback", BlockKeys.tableName(r, "name", "Fallback"), "a bad name falls back");
        assertEquals(Map.of("Engineer I", "market premium agreed with the works council"), BlockKeys.justified(r));
        assertEquals(1, problems.size(), problems.report());
        assertTrue(problems.report().contains("t.md:13") && problems.report().contains("name '1bad'"),
                problems.report());
    }

    @Test
    void aSortWithAThirdWordIsRefused() {
        Problems problems = new Problems();
        RowOrderSpec order = BlockKeys.order(reader("sort: p50 desc please", problems));
        assertTrue(order.sort().isEmpty());
        assertTrue(problems.report().contains("expected a column header then asc or desc"), problems.report());
    }
}
