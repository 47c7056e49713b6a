package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.Section;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts drawn into the PDF as vectors: their words are text a reader can select and search. */
class PdfChartsTest {
    @TempDir
    Path dir;

    private static ChartBlock chart(ChartType type, int rows) {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(List.of("Level" + (char) ('A' + i), 100_000.0 + 5_000 * i));
        }
        return new ChartBlock("Median by level", type, new TableBlock("d", "", List.of(TableColumn.of("Level",
                ValueType.TEXT), TableColumn.money("P50", "USD")), data, List.of()), 0, List.of(1), "Career level",
                "Base salary (USD)", "Source: a test.", "Bar chart of the median by level");
    }

    @Test
    void aChartsLabelsAreTextNotPixels() throws Exception {
        List<String> pages = RenderedPdf.pages(dir, "en", List.of(new Section("Pay", 1, List.<Block>of(
                chart(ChartType.BAR, 4)))));
        String text = String.join("\n", pages);
        assertTrue(text.contains("LevelA") && text.contains("LevelD"), text);
        assertTrue(text.contains("Career level"), text);
        assertTrue(text.contains("Base salary (USD)"), text);
        assertTrue(text.contains("Source: a test."), "the note under the chart");
        PdfReader reader = new PdfReader(Files.readAllBytes(dir.resolve("g.pdf")));
        try {
            int images = 0;
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (reader.getPdfObject(i) instanceof PdfDictionary d && PdfName.IMAGE.equals(d.get(PdfName.SUBTYPE))) {
                    images++;
                }
            }
            assertEquals(1, images, "the cover's logo is the only bitmap: the chart is vectors");
        } finally {
            reader.close();
        }
    }

    @Test
    void manyHorizontalBarsAreDrawnTallerAndStayOnePiece() throws Exception {
        List<String> pages = RenderedPdf.pages(dir, "en", List.of(new Section("Pay", 1, List.<Block>of(
                chart(ChartType.HBAR, 20)))));
        long withLabels = pages.stream().filter(p -> p.contains("LevelA") || p.contains("LevelT")).count();
        assertEquals(1, withLabels, "the chart is kept together on one page");
        String page = pages.stream().filter(p -> p.contains("LevelA")).findFirst().orElseThrow();
        assertTrue(page.contains("LevelT"), "every bar labelled on that page");
    }
}
