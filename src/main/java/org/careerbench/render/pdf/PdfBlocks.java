package org.careerbench.render.pdf;

import com.lowagie.text.Anchor;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.chart.ChartFonts;
import org.careerbench.chart.ThemedCharts;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.TextRun;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueFormat;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;

/** Turns report blocks into OpenPDF elements. */
final class PdfBlocks {
    /** The widest a word may make a text column before it is allowed to break inside. */
    private static final float MAX_UNBROKEN_WORD = 90f;
    private static final float MAX_TEXT_COLUMN = 150;
    private static final float CELL_PADDING = 3;
    private static final float MIN_TABLE_FONT = 6.5f;

    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final Words words;
    private final ValueFormat format;
    private final Theme theme;
    private final float width;
    private final PdfCharts charts;

    PdfBlocks(PdfWriter writer, PdfFonts fonts, Theme theme, float width, ChartFonts chartFonts, Words words) {
        this.writer = writer;
        this.words = words;
        this.format = words.format();
        this.fonts = fonts;
        this.theme = theme;
        this.width = width;
        this.charts = new PdfCharts(writer, fonts, width, new ThemedCharts(theme, chartFonts, words), this::note);
    }

    List<Element> elements(Block block) {
        if (block instanceof Block.Prose p) {
            Paragraph paragraph = paragraph(p.runs());
            paragraph.setSpacingAfter(6);
            return List.of(paragraph);
        }
        if (block instanceof Block.Bullets b) {
            return List.of(bullets(b));
        }
        if (block instanceof Block.KeyFigures k) {
            return List.of(keyFigures(k.figures()));
        }
        if (block instanceof Block.Note n) {
            return List.of(note(n.text()));
        }
        if (block instanceof Block.Notice n) {
            return List.of(notice(n));
        }
        if (block instanceof TableBlock t) {
            return table(t);
        }
        if (block instanceof Block.Inputs i) {
            return table(inputsTable(i));
        }
        if (block instanceof org.careerbench.report.LookupBlock) {
            return List.of(); // a workbook's tool: the report builder makes none for a PDF
        }
        return List.of(charts.chart((ChartBlock) block, 1f));
    }

    /** A report's assumptions read as a table: what each input is, its value, what it changes. */
    private TableBlock inputsTable(Block.Inputs inputs) {
        List<List<Object>> rows = new ArrayList<>();
        for (Block.Input in : inputs.inputs()) {
            rows.add(List.of(in.label(), format.format(in.value(), in.type(), ""), in.note()));
        }
        return new TableBlock(words.get("inputs.table"), "", List.of(TableColumn.of(words.get("inputs.input"),
                ValueType.TEXT), TableColumn.of(words.get("inputs.value"), ValueType.TEXT),
                TableColumn.of(words.get("inputs.changes"), ValueType.TEXT)), rows,
                List.of());
    }

    private Paragraph paragraph(List<TextRun> runs) {
        Paragraph p = new Paragraph();
        p.setFont(fonts.body());
        p.setLeading(theme.fontSize() * 1.4f);
        for (TextRun r : runs) {
            Font f = fonts.font(r.bold(), r.italic(), theme.fontSize(), r.link().isEmpty() ? theme.text()
                    : theme.primary());
            if (r.link().isEmpty()) {
                p.add(new Chunk(r.text(), f));
            } else {
                Anchor a = new Anchor(r.text(), f);
                a.setReference(r.link());
                p.add(a);
            }
        }
        return p;
    }

    private com.lowagie.text.List bullets(Block.Bullets b) {
        com.lowagie.text.List list = new com.lowagie.text.List(b.ordered(), 14);
        if (!b.ordered()) {
            list.setListSymbol(new Chunk("•", fonts.font(false, false, theme.fontSize(), theme.accent())));
        }
        for (List<TextRun> item : b.items()) {
            ListItem li = new ListItem(paragraph(item));
            li.setSpacingAfter(3);
            list.add(li);
        }
        list.setIndentationLeft(6);
        return list;
    }

    private PdfPTable keyFigures(List<KeyFigure> figures) {
        // Rows of three; four figures read better as two by two than as three and one.
        int columns = figures.size() == 4 ? 2 : Math.min(3, Math.max(1, figures.size()));
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        for (KeyFigure f : figures) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderColor(theme.accent());
            cell.setBorderWidth(2.5f);
            cell.setPaddingLeft(8);
            cell.setPaddingBottom(8);
            cell.setBackgroundColor(theme.zebra());
            Paragraph value = new Paragraph(f.formatted(format), fonts.font(true, false, theme.fontSize() + 8,
                    theme.primary()));
            cell.addElement(value);
            cell.addElement(new Paragraph(f.label(), fonts.font(true, false, theme.fontSize() - 1, theme.text())));
            Paragraph basis = new Paragraph(f.basis(), fonts.font(false, false, theme.fontSize() - 2.5f,
                    theme.muted()));
            basis.setLeading((theme.fontSize() - 2.5f) * 1.3f);
            cell.addElement(basis);
            table.addCell(cell);
        }
        // A short last row is filled with blank, borderless cells (completeRow() would draw boxes).
        for (int i = figures.size() % columns; i > 0 && i < columns; i++) {
            PdfPCell blank = new PdfPCell();
            blank.setBorder(Rectangle.NO_BORDER);
            table.addCell(blank);
        }
        return table;
    }

    /** A boxed notice with a rule in the accent colour, so that what is missing is seen, not overlooked. */
    private Element notice(Block.Notice n) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(6);
        box.setSpacingAfter(6);
        Paragraph p = new Paragraph();
        p.add(new com.lowagie.text.Chunk(n.title() + "\n", fonts.font(true, false, theme.fontSize(), theme.text())));
        p.add(new com.lowagie.text.Chunk(n.text(), fonts.font(false, false, theme.fontSize() - 1, theme.text())));
        p.setLeading(theme.fontSize() * 1.35f);
        com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell(p);
        cell.setBorder(com.lowagie.text.Rectangle.LEFT);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorLeft(theme.accent());
        cell.setBackgroundColor(theme.zebra());
        cell.setPadding(6);
        cell.setPaddingLeft(8);
        box.addCell(cell);
        return box;
    }

    private Paragraph note(String text) {
        Paragraph p = new Paragraph(text, fonts.font(false, true, theme.fontSize() - 2, theme.muted()));
        p.setLeading((theme.fontSize() - 2) * 1.35f);
        p.setSpacingAfter(2);
        return p;
    }

    private List<Element> table(TableBlock t) {
        List<Element> out = new ArrayList<>();
        PdfPTable table = new PdfPTable(t.columns().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(4);
        float size = theme.fontSize() - 1;
        float[] widths = widths(t, size, width);
        while (sum(widths) > width + 0.5f && size > MIN_TABLE_FONT) {
            // Shrink the type rather than break numbers or words across lines.
            size = Math.max(MIN_TABLE_FONT, size - 0.25f);
            widths = widths(t, size, width);
        }
        try {
            table.setWidths(widths);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("column widths do not match the table", e);
        }
        if (!t.caption().isEmpty()) {
            // The caption is a header row: it repeats with the column headers and never sits alone.
            PdfPCell caption = new PdfPCell(new Phrase(t.caption(), fonts.font(true, false, theme.fontSize(),
                    theme.text())));
            caption.setColspan(t.columns().size());
            caption.setBorder(Rectangle.NO_BORDER);
            caption.setPaddingLeft(0);
            caption.setPaddingBottom(5);
            table.addCell(caption);
        }
        for (TableColumn c : t.columns()) {
            PdfPCell cell = cell(c.header(), fonts.font(true, false, size, Color.WHITE), c.type());
            cell.setBackgroundColor(theme.primary());
            table.addCell(cell);
        }
        table.setHeaderRows(t.caption().isEmpty() ? 1 : 2);
        if (t.rows().size() <= SectionWriter.SMALL_TABLE) {
            table.setKeepTogether(true);
        }
        int r = 0;
        for (List<Object> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                TableColumn c = t.columns().get(i);
                PdfPCell cell = cell(format.format(row.get(i), c.type(), c.currency()),
                        fonts.font(false, false, size, theme.text()), c.type());
                if (r % 2 == 1) {
                    cell.setBackgroundColor(theme.zebra());
                }
                table.addCell(cell);
            }
            r++;
        }
        out.add(table);
        t.footnotes().forEach(n -> out.add(note(n)));
        Paragraph gap = new Paragraph(" ", fonts.font(false, false, 4, theme.text()));
        out.add(gap);
        return out;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }

    private PdfPCell cell(String text, Font font, ValueType type) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(type.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(0xD0D5DD));
        cell.setBorderWidth(0.5f);
        cell.setPadding(CELL_PADDING);
        cell.setPaddingBottom(4);
        return cell;
    }

    /**
     * Column widths in points at {@code size} for a table {@code available} points wide:
     * numbers and headers' words never wrap; text columns share the rest in proportion to their
     * natural width (capped at {@value #MAX_TEXT_COLUMN} points) but never narrower than their
     * longest word, up to {@value #MAX_UNBROKEN_WORD} points (a longer word, such as a URL,
     * breaks). The sum can exceed {@code available} only when even that does not fit.
     */
    private float[] widths(TableBlock t, float size, float available) {
        int n = t.columns().size();
        float[] minimum = new float[n];
        float[] natural = new float[n];
        float fixed = 0;
        float textMinimum = 0;
        float textNatural = 0;
        for (int i = 0; i < n; i++) {
            TableColumn c = t.columns().get(i);
            float widest = longestWord(c.header(), fonts.bold, size);
            float words = widest;
            for (List<Object> row : t.rows()) {
                String text = format.format(row.get(i), c.type(), c.currency());
                if (c.type().numeric()) {
                    widest = Math.max(widest, fonts.regular.getWidthPoint(text, size));
                } else {
                    words = Math.max(words, longestWord(text, fonts.regular, size));
                    widest = Math.max(widest, Math.min(fonts.regular.getWidthPoint(text, size), MAX_TEXT_COLUMN));
                }
            }
            float pad = 2 * CELL_PADDING + 1;
            natural[i] = Math.max(widest, words) + pad;
            // A very long word (a URL) may break inside; it must not squeeze the numbers beside it.
            minimum[i] = c.type().numeric() ? natural[i] : Math.min(words, MAX_UNBROKEN_WORD) + pad;
            if (c.type().numeric()) {
                fixed += natural[i];
            } else {
                textMinimum += minimum[i];
                textNatural += natural[i];
            }
        }
        float room = available - fixed;
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            if (t.columns().get(i).type().numeric() || textNatural <= room) {
                w[i] = natural[i];
            } else if (room <= textMinimum || textNatural == textMinimum) {
                w[i] = minimum[i];
            } else {
                w[i] = minimum[i] + (natural[i] - minimum[i]) * (room - textMinimum) / (textNatural - textMinimum);
            }
        }
        return w;
    }

    private static float longestWord(String text, com.lowagie.text.pdf.BaseFont font, float size) {
        float widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, font.getWidthPoint(word, size));
        }
        return widest;
    }

    /** The charts of this document. */
    PdfCharts charts() {
        return charts;
    }
}
