package org.careerbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The floor a workbook's big sheet is measured against: the same count of cells of the same
 * kinds (six short texts, six numbers a row) streamed by hand as sheet XML into one zip entry,
 * without styles, formulas, shared strings or the rest of a workbook. Nothing that writes a real
 * workbook can be faster than this on the same machine.
 */
public final class WorkbookFloor {
    private static final String[] TEXTS = {"SRE & ML Infrastructure", "Site Reliability Engineer", "Senior", "US",
        "North America", "Medium", "Mid", "DE", "Europe", "Large", "MLOps Engineer", "Entry"};

    private WorkbookFloor() {
    }

    /** Writes {@code rows} rows to {@code target} and returns the milliseconds it took. */
    public static long time(Path target, long rows, int level) throws IOException {
        long start = System.nanoTime();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(level == 0 ? Deflater.DEFAULT_COMPRESSION : level);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            StringBuilder line = new StringBuilder(512);
            for (long r = 0; r < rows; r++) {
                line.setLength(0);
                line.append("<row r=\"").append(r + 1).append("\">");
                for (int c = 0; c < 6; c++) {
                    line.append("<c t=\"inlineStr\"><is><t>").append(TEXTS[(int) ((r + c) % TEXTS.length)])
                            .append("</t></is></c>");
                }
                line.append("<c><v>").append(2020 + r % 5).append("</v></c>");
                line.append("<c><v>").append(90_000 + (r * 7919) % 150_000).append("</v></c>");
                line.append("<c><v>").append(1 + (r % 5) * 0.0311).append("</v></c>");
                line.append("<c><v>").append((90_000 + (r * 7919) % 150_000) * 1.0311).append("</v></c>");
                line.append("<c><v>").append(r + 2).append("</v></c>");
                line.append("<c><v>").append(r % 97).append("</v></c>");
                line.append("</row>");
                w.append(line);
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
