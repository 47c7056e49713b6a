package org.careerbench.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerbench.report.TextRun;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.handwritten.YamlNode;
import org.careerbench.handwritten.YamlText;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Turns a template's Markdown body into sections of prose, lists and data blocks. */
final class MarkdownBody {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final Path file;
    private final int firstLine;
    private final Problems problems;
    private final BlockParser blocks;

    /**
     * @param file      the template file
     * @param firstLine 1-based line of the file where the Markdown body starts
     * @param problems  receives every mistake, each at its line
     */
    MarkdownBody(Path file, int firstLine, Problems problems) {
        this.file = file;
        this.firstLine = firstLine;
        this.problems = problems;
        this.blocks = new BlockParser(file, problems);
    }

    /** Every figure id the body writes, including those of figures with mistakes. */
    java.util.Set<String> figureIds() {
        return blocks.figureIds();
    }

    /** The sections of {@code markdown}; parts with mistakes are left out and their problems recorded. */
    List<SectionSpec> sections(String markdown) {
        Node document = PARSER.parse(markdown);
        List<SectionSpec> sections = new ArrayList<>();
        String title = null;
        int level = 0;
        int line = 0;
        List<ContentSpec> content = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int nodeLine = lineOf(node);
            if (node instanceof org.commonmark.node.HtmlBlock html && html.getLiteral().strip().startsWith("<!--")) {
                continue; // a comment for the template's editors, not for readers
            }
            if (node instanceof Heading heading) {
                if (title != null) {
                    sections.add(new SectionSpec(title, level, line, content));
                }
                title = plainText(heading).strip();
                level = heading.getLevel();
                line = nodeLine;
                content = new ArrayList<>();
                continue;
            }
            if (title == null) {
                problems.add(file, nodeLine, Problem.Kind.SYNTAX, "found text before the first heading, expected a "
                        + "'# Heading' to open the first section");
                continue;
            }
            element(node, nodeLine).ifPresent(content::add);
        }
        if (title != null) {
            sections.add(new SectionSpec(title, level, line, content));
        }
        if (sections.isEmpty()) {
            problems.add(file, firstLine, Problem.Kind.SYNTAX, "found no '# Heading', expected at least one section");
        }
        return sections;
    }

    private Optional<ContentSpec> element(Node node, int line) {
        if (node instanceof Paragraph) {
            return Optional.of(new ContentSpec.Prose(fitsACell(runs(node), line), line));
        }
        if (node instanceof ListBlock list) {
            List<List<TextRun>> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                items.add(fitsACell(runs((ListItem) item), line));
            }
            return Optional.of(new ContentSpec.ListItems(items, list instanceof OrderedList, line));
        }
        if (node instanceof FencedCodeBlock fence) {
            return block(fence, line).map(ContentSpec.class::cast);
        }
        problems.add(file, line, Problem.Kind.SYNTAX, "found " + describe(node)
                + ", expected a heading, paragraph, list or fenced data block");
        return Optional.empty();
    }

    /** The most text one workbook cell holds; a paragraph goes into one cell of a workbook's sheet. */
    static final int CELL_TEXT_LIMIT = 32_767;

    /**
     * {@code runs}, or a problem when their text is longer than one workbook cell holds: found now,
     * by validate as by run, not when the workbook is written.
     */
    private List<TextRun> fitsACell(List<TextRun> runs, int line) {
        int length = runs.stream().mapToInt(r -> r.text().length()).sum();
        if (length > CELL_TEXT_LIMIT) {
            problems.add(file, line, Problem.Kind.UNKNOWN_VALUE, String.format(java.util.Locale.ROOT, "found a "
                    + "paragraph of %,d characters, expected at most %,d (what one workbook cell holds): split it "
                    + "into shorter paragraphs", length, CELL_TEXT_LIMIT));
        }
        return runs;
    }

    private static String describe(Node node) {
        if (node instanceof org.commonmark.node.IndentedCodeBlock) {
            return "an indented code block (text indented by four spaces)";
        }
        if (node instanceof org.commonmark.node.BlockQuote) {
            return "a quotation ('>')";
        }
        if (node instanceof org.commonmark.node.ThematicBreak) {
            return "a horizontal rule";
        }
        if (node instanceof org.commonmark.node.HtmlBlock) {
            return "HTML other than a comment";
        }
        return "an unsupported Markdown element";
    }

    private Optional<BlockSpec> block(FencedCodeBlock fence, int line) {
        String kind = fence.getInfo().strip();
        if (kind.equals("quality") || kind.equals("methodology")) {
            problems.add(file, line, Problem.Kind.RENAMED, "block '```" + kind + "' is now written as a '```table' "
                    + "block with 'source: " + kind + "'");
            return Optional.empty();
        }
        if (!Vocabulary.KINDS.contains(kind)) {
            problems.add(file, line, Problem.Kind.UNKNOWN_VALUE, "unknown block '```" + kind + "'"
                    + Suggestions.didYouMean(kind, Vocabulary.KINDS) + "; expected one of " + Vocabulary.KINDS);
            return Optional.empty();
        }
        int bodyLine = line + 1;
        Optional<YamlNode> body = YamlText.parse(file, bodyLine, fence.getLiteral(), problems);
        return body.flatMap(b -> blocks.parse(kind, b, line));
    }

    private int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? firstLine : firstLine + node.getSourceSpans().get(0).getLineIndex();
    }

    private static List<TextRun> runs(Node parent) {
        List<TextRun> runs = new ArrayList<>();
        collect(parent, TextRun.plain(""), runs);
        return merge(runs);
    }

    private static void collect(Node parent, TextRun style, List<TextRun> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.add(style.withText(t.getLiteral()));
            } else if (n instanceof Code c) {
                out.add(style.withText(c.getLiteral()));
            } else if (n instanceof SoftLineBreak) {
                out.add(style.withText(" "));
            } else if (n instanceof HardLineBreak) {
                out.add(style.withText("\n"));
            } else if (n instanceof Emphasis) {
                collect(n, new TextRun("", style.bold(), true, style.link()), out);
            } else if (n instanceof StrongEmphasis) {
                collect(n, new TextRun("", true, style.italic(), style.link()), out);
            } else if (n instanceof Link link) {
                collect(n, new TextRun("", style.bold(), style.italic(), link.getDestination()), out);
            } else if (n instanceof Paragraph && !out.isEmpty()) {
                out.add(style.withText(" "));
                collect(n, style, out);
            } else {
                collect(n, style, out);
            }
        }
    }

    private static List<TextRun> merge(List<TextRun> runs) {
        List<TextRun> merged = new ArrayList<>();
        for (TextRun r : runs) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).withText("").equals(r.withText(""))) {
                merged.set(last, r.withText(merged.get(last).text() + r.text()));
            } else if (!r.text().isEmpty()) {
                merged.add(r);
            }
        }
        return merged;
    }

    private static String plainText(Node node) {
        StringBuilder s = new StringBuilder();
        for (TextRun r : runs(node)) {
            s.append(r.text());
        }
        return s.toString();
    }

}
