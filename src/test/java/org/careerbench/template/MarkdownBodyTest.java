package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerbench.diagnostics.Problems;
import org.careerbench.report.TextRun;
import org.junit.jupiter.api.Test;

/** A template's Markdown body as sections; every mistake at its line of the template file. */
class MarkdownBodyTest {
    private static final Path FILE = Path.of("t.md");
    /** The body starts at line 6 of the file, after five lines of front matter. */
    private static final int FIRST = 6;

    private final Problems problems = new Problems();

    private List<SectionSpec> parse(String markdown) {
        return new MarkdownBody(FILE, FIRST, problems).sections(markdown);
    }

    @Test
    void headingsOpenSectionsWithTheirLevelAndLine() {
        List<SectionSpec> s = parse("# Pay\n\nSome text.\n\n## By level\n\n- one\n- two\n");
        assertEquals(2, s.size());
        assertEquals("Pay", s.get(0).title());
        assertEquals(1, s.get(0).level());
        assertEquals(6, s.get(0).line());
        assertEquals("By level", s.get(1).title());
        assertEquals(2, s.get(1).level());
        assertEquals(10, s.get(1).line());
        assertTrue(problems.isEmpty(), problems.report());
    }

    @Test
    void proseKeepsBoldItalicAndLinks() {
        ContentSpec.Prose p = (ContentSpec.Prose) parse("# A\n\nPlain **bold** *it* [site](https://x.org).\n")
                .get(0).content().get(0);
        assertEquals(8, p.line());
        assertTrue(p.runs().stream().anyMatch(r -> r.bold() && r.text().equals("bold")), p.runs().toString());
        assertTrue(p.runs().stream().anyMatch(r -> r.italic() && r.text().equals("it")), p.runs().toString());
        assertTrue(p.runs().stream().anyMatch(r -> r.link().equals("https://x.org")), p.runs().toString());
        assertEquals("Plain bold it site.", p.runs().stream().map(TextRun::text).reduce("", String::concat));
    }

    @Test
    void listsAreOrderedOrNot() {
        List<ContentSpec> c = parse("# A\n\n1. first\n2. second\n\n- x\n").get(0).content();
        ContentSpec.ListItems ordered = (ContentSpec.ListItems) c.get(0);
        assertTrue(ordered.ordered());
        assertEquals(2, ordered.items().size());
        ContentSpec.ListItems bullets = (ContentSpec.ListItems) c.get(1);
        assertEquals(false, bullets.ordered());
    }

    @Test
    void aCommentIsForEditorsAndLeftOut() {
        List<ContentSpec> c = parse("# A\n\n<!-- editors only -->\n\nText.\n").get(0).content();
        assertEquals(1, c.size());
        assertTrue(problems.isEmpty(), problems.report());
    }

    @Test
    void textBeforeTheFirstHeadingIsAProblemAtItsLine() {
        parse("Intro.\n\n# A\n\nText.\n");
        assertTrue(problems.report().startsWith("t.md:6: "), problems.report());
        assertTrue(problems.report().contains("before the first heading"), problems.report());
    }

    @Test
    void aBodyWithoutHeadingsIsAProblem() {
        assertEquals(List.of(), parse(""));
        assertTrue(problems.report().contains("found no '# Heading'"), problems.report());
    }

    @Test
    void unsupportedMarkdownIsNamedInWords() {
        parse("# A\n\n> quoted\n\n---\n\n    indented\n");
        String report = problems.report();
        assertTrue(report.contains("t.md:8: found a quotation"), report);
        assertTrue(report.contains("t.md:10: found a horizontal rule"), report);
        assertTrue(report.contains("t.md:12: found an indented code block"), report);
    }

    @Test
    void anUnknownBlockKindSuggestsTheNearestAndAnOldOneItsNewSpelling() {
        parse("# A\n\n```tabel\nsource: benchmark\n```\n\n```quality\n```\n");
        String report = problems.report();
        assertTrue(report.contains("t.md:8: unknown block '```tabel'"), report);
        assertTrue(report.contains("did you mean 'table'"), report);
        assertTrue(report.contains("t.md:12: block '```quality' is now written as a '```table' block"), report);
    }

    @Test
    void aFencedBlockBecomesItsSpecWithItsLine() {
        BlockSpec b = (BlockSpec) parse("# A\n\n```table\nsource: benchmark\nrows: level\n```\n").get(0).content()
                .get(0);
        assertTrue(b instanceof TableSpec.Benchmark, b.toString());
        assertEquals(8, b.line());
    }

    @Test
    void aParagraphLongerThanACellHoldsIsRefused() {
        parse("# A\n\n" + "x".repeat(MarkdownBody.CELL_TEXT_LIMIT + 1) + "\n");
        assertTrue(problems.report().contains("expected at most 32,767"), problems.report());
    }
}
