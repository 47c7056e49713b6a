package org.careerbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor a workbook's big sheet is measured against: the same cells, streamed by hand. */
class WorkbookFloorTest {
    @TempDir
    Path dir;

    @Test
    void everyRowHasSixTextsAndSixNumbersInOneSheetEntry() throws Exception {
        Path zip = dir.resolve("floor.zip");
        WorkbookFloor.time(zip, 250, 1);
        try (InputStream in = java.nio.file.Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e = z.getNextEntry();
            assertEquals("xl/worksheets/sheet1.xml", e.getName());
            String xml = new String(z.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(250, xml.split("<row ", -1).length - 1);
            assertEquals(250 * 6, xml.split("t=\"inlineStr\"", -1).length - 1);
            assertEquals(250 * 12, xml.split("<c[ >]", -1).length - 1);
            assertTrue(xml.contains("<row r=\"250\">"), "rows numbered from 1");
            assertEquals(null, z.getNextEntry(), "nothing else: no styles, no workbook");
        }
    }
}
