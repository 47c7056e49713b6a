package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerbench.report.Block;
import org.careerbench.report.Section;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sections as numbered, bookmarked headings, each kept with what opens it. */
class SectionWriterTest {
    @TempDir
    Path dir;

    @Test
    void headingsAreNumberedByLevel() throws Exception {
        List<String> pages = RenderedPdf.pages(dir, "en", List.of(RenderedPdf.section("Pay", 1, 1),
                RenderedPdf.section("By level", 2, 1), RenderedPdf.section("By region", 2, 1),
                RenderedPdf.section("Outlook", 1, 1)));
        // The contents and the body, which begins on the contents' page: each heading twice.
        String body = String.join("\n", pages.subList(1, pages.size()));
        for (String heading : List.of("1. Pay", "1.1. By level", "1.2. By region", "2. Outlook")) {
            assertEquals(2, body.split(java.util.regex.Pattern.quote(heading), -1).length - 1, body);
        }
    }

    @Test
    void eachSectionIsABookmarkUnderItsChapter() throws Exception {
        RenderedPdf.pages(dir, "en", List.of(RenderedPdf.section("Pay", 1, 1), RenderedPdf.section("By level", 2, 1),
                RenderedPdf.section("Outlook", 1, 1)));
        PdfReader reader = new PdfReader(Files.readAllBytes(dir.resolve("g.pdf")));
        try {
            List<Map<String, Object>> marks = SimpleBookmark.getBookmarkList(reader);
            assertEquals(List.of("1. Pay", "2. Outlook"), marks.stream().map(m -> m.get("Title")).toList());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> kids = (List<Map<String, Object>>) marks.get(0).get("Kids");
            assertEquals("1.1. By level", kids.get(0).get("Title"));
        } finally {
            reader.close();
        }
    }

    @Test
    void aSmallTableStartsOnThePageOfItsHeading() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(List.of("Level " + i, 100_000.0 + i));
        }
        TableBlock t = new TableBlock("T", "Pay by level", List.of(TableColumn.of("Level", ValueType.TEXT),
                TableColumn.money("P50", "USD")), rows, List.of());
        List<Block> blocks = new ArrayList<>(RenderedPdf.section("Before", 1, 11).blocks());
        List<String> pages = RenderedPdf.pages(dir, "en", List.of(new Section("Before", 1, blocks),
                new Section("Levels", 1, List.of(t))));
        Map<String, Integer> at = new HashMap<>();
        for (int p = 2; p < pages.size(); p++) {
            String text = pages.get(p);
            if (text.contains("2. Levels")) {
                at.put("heading", p);
            }
            if (text.contains("Level 5")) {
                at.put("table", p);
            }
        }
        assertEquals(at.get("heading"), at.get("table"), "no heading alone at a page foot: " + at);
    }
}
