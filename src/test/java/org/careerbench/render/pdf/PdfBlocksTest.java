package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.chart.ChartFonts;
import org.careerbench.report.Block;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdfBlocksTest {
    private Document document;
    private ChartFonts chartFonts;
    private PdfBlocks blocks;

    @BeforeEach
    void open() throws Exception {
        Theme theme = new ThemeLoader().load(Path.of("templates/theme.yaml"));
        chartFonts = ChartFonts.of(theme);
        document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        blocks = new PdfBlocks(writer, new PdfFonts(theme, chartFonts), theme, 500, chartFonts, Words.english());
    }

    @AfterEach
    void close() {
        document.close();
        chartFonts.close();
    }

    @Test
    void fourKeyFiguresAreTwoByTwo() {
        PdfPTable table = keyFigures(4);
        assertEquals(2, table.getNumberOfColumns());
        assertEquals(2, table.getRows().size());
        table.getRows().forEach(row -> assertEquals(List.of(Rectangle.LEFT, Rectangle.LEFT), borders(row)));
    }

    @Test
    void aShortLastRowIsPaddedWithBorderlessBlanks() {
        PdfPTable table = keyFigures(5);
        assertEquals(3, table.getNumberOfColumns());
        assertEquals(2, table.getRows().size());
        assertEquals(List.of(Rectangle.LEFT, Rectangle.LEFT, Rectangle.NO_BORDER), borders(table.getRows().get(1)));
        PdfPCell blank = table.getRows().get(1).getCells()[2];
        assertEquals(null, blank.getCompositeElements());
        assertNotEquals(null, table.getRows().get(1).getCells()[1].getCompositeElements());
    }

    @Test
    void fullRowsGetNoPadding() {
        PdfPTable table = keyFigures(6);
        assertEquals(2, table.getRows().size());
        table.getRows().forEach(row -> assertEquals(List.of(Rectangle.LEFT, Rectangle.LEFT, Rectangle.LEFT),
                borders(row)));
    }

    private PdfPTable keyFigures(int count) {
        List<KeyFigure> figures = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            figures.add(new KeyFigure("f" + i, "Figure " + i, 1000.0 * i, ValueType.MONEY, "USD", "n = " + i));
        }
        PdfPTable table = (PdfPTable) blocks.elements(new Block.KeyFigures(figures)).get(0);
        document.add(table);
        return table;
    }

    private static List<Integer> borders(PdfPRow row) {
        List<Integer> borders = new ArrayList<>();
        for (PdfPCell c : row.getCells()) {
            borders.add(c.getBorder());
        }
        return borders;
    }
}
