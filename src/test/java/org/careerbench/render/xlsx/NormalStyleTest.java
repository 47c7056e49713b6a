package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The styles part names the Normal style, as Excel writes it and openpyxl expects. */
class NormalStyleTest {
    @Test
    void theNamedStyleListGoesRightAfterTheCellFormats() {
        String styles = "<styleSheet><cellXfs count=\"1\"><xf/></cellXfs><dxfs count=\"0\"/></styleSheet>";
        assertEquals("<styleSheet><cellXfs count=\"1\"><xf/></cellXfs>" + NormalStyle.CELL_STYLES
                + "<dxfs count=\"0\"/></styleSheet>", NormalStyle.withNormal(styles));
    }

    @Test
    void aPartThatHasOneOrHasNoCellFormatsIsLeftAsItIs() {
        String named = "<styleSheet><cellXfs/><cellStyles count=\"1\"/></styleSheet>";
        assertEquals(named, NormalStyle.withNormal(named));
        assertEquals("<styleSheet/>", NormalStyle.withNormal("<styleSheet/>"));
    }

    @Test
    void aNewStylesPartIsWrittenWithTheNormalStyleOnce() throws Exception {
        NormalStyle part = new NormalStyle();
        part.createCellStyle();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, xml.split("<cellStyle ", -1).length - 1, xml);
        assertTrue(xml.contains("name=\"Normal\" xfId=\"0\" builtinId=\"0\""), xml);
    }
}
