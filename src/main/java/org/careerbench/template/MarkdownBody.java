package org.careerbench.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Data block kinds and the keys each accepts. */
    static final Map<String, List<String>> BLOCK_KEYS = Map.of(
            "table", List.of("source", "filter", "rows", "statistics", "caption", "name", "indicator", "pay",
                    "statistic", "table", "sort", "top"),
            "chart", List.of("source", "type", "title", "filter", "rows", "statistics", "caption", "name",
                    "indicator", "category-axis", "value-axis", "pay", "sort", "top"),
            "figures", List.of("id", "label", "source", "statistic", "filter", "indicator", "note", "pay", "from", "to"),
            "methodology", List.of(),
            "quality", List.of("name"));

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private final Path file;
    private final int firstLine;

    /**
     * @param file      the template file
     * @param firstLine 1-based line of the file where the Markdown body starts
     */
    MarkdownBody(Path file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    List<SectionSpec> sections(String markdown) throws TemplateException {
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
                throw new TemplateException(file, nodeLine, "found text before the first heading, expected a "
                        + "'# Heading' to open the first section");
            }
            content.add(element(node, nodeLine));
        }
        if (title != null) {
            sections.add(new SectionSpec(title, level, line, content));
        }
        if (sections.isEmpty()) {
            throw new TemplateException(file, firstLine, "found no '# Heading', expected at least one section");
        }
        return sections;
    }

    private ContentSpec element(Node node, int line) throws TemplateException {
        if (node instanceof Paragraph) {
            return new ContentSpec.Prose(runs(node), line);
        }
        if (node instanceof ListBlock list) {
            List<List<TextRun>> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                items.add(runs((ListItem) item));
            }
            return new ContentSpec.ListItems(items, list instanceof OrderedList, line);
        }
        if (node instanceof FencedCodeBlock fence) {
            return block(fence, line);
        }
        throw new TemplateException(file, line, "found a " + node.getClass().getSimpleName()
                + ", expected a heading, paragraph, list or fenced data block");
    }

    private ContentSpec.Block block(FencedCodeBlock fence, int line) throws TemplateException {
        String kind = fence.getInfo().strip();
        List<String> keys = BLOCK_KEYS.get(kind);
        if (keys == null) {
            throw new TemplateException(file, line, "unknown block '```" + kind + "'"
                    + Suggestions.didYouMean(kind, BLOCK_KEYS.keySet()) + "; expected one of "
                    + BLOCK_KEYS.keySet().stream().sorted().toList());
        }
        int bodyLine = line + 1;
        Object body = FrontMatter.load(file, bodyLine, fence.getLiteral());
        Map<String, Object> properties = new LinkedHashMap<>();
        FrontMatter yaml = new FrontMatter(file, bodyLine, fence.getLiteral(), Map.of());
        if (kind.equals("figures")) {
            if (!(body instanceof List<?> list)) {
                throw new TemplateException(file, bodyLine, "a figures block must be a list of '- id: …' items, found "
                        + (body == null ? "nothing" : FrontMatter.describe(body)));
            }
            for (Object item : list) {
                if (!(item instanceof Map<?, ?>)) {
                    throw new TemplateException(file, bodyLine, "each figure must be 'key: value' lines, found "
                            + FrontMatter.describe(item));
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> figure = (Map<String, Object>) item;
                yaml.requireKnownKeys(figure, keys, "a figure");
            }
            properties.put("items", list);
        } else if (body != null) {
            if (!(body instanceof Map<?, ?>)) {
                throw new TemplateException(file, bodyLine, "a " + kind + " block must be 'key: value' lines, found "
                        + FrontMatter.describe(body));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) body;
            yaml.requireKnownKeys(map, keys, "a " + kind + " block");
            properties.putAll(map);
        }
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        if (!kind.equals("figures")) {
            for (String key : properties.keySet()) {
                keyLines.put(key, yaml.lineOf(key));
            }
        }
        return new ContentSpec.Block(kind, properties, line, keyLines);
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
