package org.careerbench.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.TableBlock;
import org.careerbench.report.Theme;

/**
 * Writes the report's sections: a numbered heading that is a named destination, a bookmark and
 * a tagged position (for the table of contents), kept on one page with the section's opening
 * text and its first chart or small table, so no heading is stranded at the foot of a page.
 */
final class SectionWriter {
    /** Tables with at most this many rows stay on one page with what precedes them. */
    static final int SMALL_TABLE = 14;
    /** The shortest a chart is drawn, as a share of its height, to fit the space left on a page. */
    static final float CHART_FLOOR = 0.6f;
    /** The most of a page left empty to keep a section's heading and text where its chart fails to fit. */
    static final float LEFT_BLANK = 0.25f;
    /**
     * An opening (heading and text) shorter than this share of a page does not stay at a page's
     * foot without its first chart or table: a heading and a line or two alone there read as stranded.
     */
    static final float SHORT_OPENING = 0.12f;
    /** The same for horizontal bars, whose bands must keep room for a two-line label. */
    static final float HBAR_FLOOR = 0.85f;

    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final Theme theme;
    private final PdfBlocks blocks;

    SectionWriter(PdfWriter writer, PdfFonts fonts, Theme theme, PdfBlocks blocks) {
        this.writer = writer;
        this.fonts = fonts;
        this.theme = theme;
        this.blocks = blocks;
    }

    /** The destination name and tag of section {@code index}. */
    static String key(int index) {
        return "section-" + index;
    }

    /** Section numbers, e.g. "1.", "4.1.", in report order. */
    static List<String> numbers(Report report) {
        return org.careerbench.report.SectionNumbers.of(report.sections());
    }

    void write(Document document, Report report) throws DocumentException {
        List<String> numbers = numbers(report);
        PdfOutline root = writer.getDirectContent().getRootOutline();
        PdfOutline chapter = root;
        for (int i = 0; i < report.sections().size(); i++) {
            Section s = report.sections().get(i);
            String title = numbers.get(i) + " " + s.title();
            PdfOutline outline = new PdfOutline(s.level() <= 1 ? root : chapter,
                    PdfAction.gotoLocalPage(key(i), false), title, s.level() <= 1);
            if (s.level() <= 1) {
                chapter = outline;
            }
            boolean top = s.level() <= 1;
            Chunk heading = new Chunk(title, fonts.font(true, false, theme.fontSize() + (top ? 6 : 2), theme.primary()));
            heading.setLocalDestination(key(i));
            heading.setGenericTag(key(i));
            Paragraph p = new Paragraph(heading);
            p.setSpacingBefore(top ? 16 : 10);
            p.setSpacingAfter(top ? 6 : 4);
            writeSection(document, p, s.blocks());
        }
    }

    private void writeSection(Document document, Paragraph heading, List<Block> sectionBlocks)
            throws DocumentException {
        int next = opening(document, heading, sectionBlocks);
        for (int i = next; i < sectionBlocks.size(); i++) {
            if (sectionBlocks.get(i) instanceof ChartBlock chart) {
                i = chart(document, chart, sectionBlocks, i);
            } else {
                add(document, sectionBlocks.get(i));
            }
        }
    }

    /**
     * Places a section's heading with what opens the section, so that no heading is left alone at
     * a page's foot and a chart stays with the text that introduces it: the heading and the blocks
     * up to its first chart or small table, together. When they do not fit on this page, the
     * heading and its text stay here and the chart or table follows on the next — unless that
     * would leave more than {@value #LEFT_BLANK} of the page empty and the chart cannot be drawn
     * shorter into the gap, or the text is too short to stand alone (under {@value #SHORT_OPENING}
     * of a page); then the section begins on the next page.
     *
     * @return the index of the first block not yet placed
     */
    private int opening(Document document, Paragraph heading, List<Block> sectionBlocks) throws DocumentException {
        List<Element> text = new ArrayList<>(List.of(heading));
        int figure = -1;
        int next = 0;
        while (next < sectionBlocks.size()) {
            Block b = sectionBlocks.get(next);
            if (b instanceof TableBlock t && t.rows().size() > SMALL_TABLE) {
                break;
            }
            if (b instanceof ChartBlock || b instanceof TableBlock) {
                figure = next;
                break;
            }
            text.addAll(blocks.elements(b));
            next++;
        }
        List<Element> whole = new ArrayList<>(text);
        if (figure >= 0) {
            whole.addAll(blocks.elements(sectionBlocks.get(figure)));
        }
        PdfPTable together = keptTogether(whole);
        float room = writer.getVerticalPosition(true) - document.bottom();
        float page = document.top() - document.bottom();
        if (figure < 0 || blocks.charts().heightOf(together) <= room || text.size() == 1) {
            document.add(together);
            return figure < 0 ? next : figure + 1;
        }
        float opening = blocks.charts().heightOf(keptTogether(text));
        float left = room - opening;
        Block first = sectionBlocks.get(figure);
        boolean shorter = first instanceof ChartBlock c && c.type() != org.careerbench.report.ChartType.HBAR
                && blocks.charts().heightOf(blocks.charts().chart(c, CHART_FLOOR)) <= left;
        // A heading with a line or two under it, its figure overleaf, reads as stranded: it moves with its figure.
        boolean stranded = !shorter && opening < SHORT_OPENING * page;
        if (left >= 0 && !stranded && (shorter || left <= LEFT_BLANK * page)) {
            document.add(keptTogether(text));
            return figure;
        }
        document.add(together);
        return figure + 1;
    }

    /**
     * Places a chart that is not part of its section's opening, wasting as little of the page as
     * it can: whole where it fits; drawn shorter, to no less than {@value #CHART_FLOOR} of its
     * height ({@value #HBAR_FLOOR} for horizontal bars, whose labels need their bands), where that fits; otherwise the text that follows it in the section flows into the space
     * first and the chart comes after that text.
     *
     * @return the index of the last block placed
     */
    private int chart(Document document, ChartBlock chart, List<Block> sectionBlocks, int at) throws DocumentException {
        PdfPTable full = blocks.charts().chart(chart, 1f);
        float room = writer.getVerticalPosition(true) - document.bottom();
        float need = blocks.charts().heightOf(full);
        if (need <= room) {
            document.add(full);
            return at;
        }
        float chartHeight = blocks.charts().chartHeight(chart);
        float scale = (room - (need - chartHeight)) / chartHeight;
        // Horizontal bars are one band of text a category: much shorter, their two-line labels would overlap.
        if (scale >= (chart.type() == org.careerbench.report.ChartType.HBAR ? HBAR_FLOOR : CHART_FLOOR)) {
            document.add(blocks.charts().chart(chart, scale));
            return at;
        }
        int last = at;
        while (last + 1 < sectionBlocks.size() && flows(sectionBlocks.get(last + 1))) {
            add(document, sectionBlocks.get(++last));
        }
        if (last == at) {
            document.add(full);
            return at;
        }
        // The text moved up; the chart may now fit (whole or scaled) where the text ended.
        chart(document, chart, List.of(chart), 0);
        return last;
    }

    /** Text that may be placed before a chart that moved on: prose, lists and notes. */
    private static boolean flows(Block b) {
        return b instanceof Block.Prose || b instanceof Block.Bullets || b instanceof Block.Note;
    }

    private void add(Document document, Block block) throws DocumentException {
        for (Element e : blocks.elements(block)) {
            document.add(e);
        }
    }

    private static PdfPTable keptTogether(List<Element> elements) {
        PdfPTable wrapper = new PdfPTable(1);
        wrapper.setWidthPercentage(100);
        wrapper.setKeepTogether(true);
        wrapper.setSplitLate(true);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        elements.forEach(cell::addElement);
        wrapper.addCell(cell);
        return wrapper;
    }
}
