package org.careerbench.handwritten;

import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Parses YAML into {@link YamlNode}s placed at their file lines, from the parser's own marks —
 * never by searching the text for a key, which finds the first of two equal keys at different
 * depths.
 */
public final class YamlText {
    /**
     * The deepest nesting of mappings and lists a file may have: ample for every file this tool reads
     * (a few levels), small enough that a hostile file cannot exhaust the stack.
     */
    public static final int MAX_DEPTH = 64;

    private YamlText() {
    }

    /**
     * Parses {@code yaml}, which starts at line {@code firstLine} of {@code file}.
     *
     * @return the document's root; an empty mapping for blank text; empty when the text is not
     *         well-formed YAML, in which case a {@link Problem.Kind#SYNTAX} problem at the parser's
     *         line was added to {@code problems}
     */
    public static Optional<YamlNode> parse(Path file, int firstLine, String yaml, Problems problems) {
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
            OptionalInt tooDeep = tooDeep(settings, yaml);
            if (tooDeep.isPresent()) {
                problems.add(file, tooDeep.getAsInt() + firstLine, Problem.Kind.SYNTAX, "YAML nested more than "
                        + MAX_DEPTH + " levels deep here; expected at most " + MAX_DEPTH + " levels of mappings and lists");
                return Optional.empty();
            }
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
            problems.add(file, line, Problem.Kind.SYNTAX, "invalid YAML: " + e.getProblem()
                    + "; expected 'key: value' lines, '- item' lines or [a, b] lists");
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(file, firstLine, Problem.Kind.SYNTAX, "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(new YamlNode.Mapping(List.of(), firstLine));
        }
        return Optional.of(convert(root.get(), file, firstLine, problems));
    }

    /**
     * The first line (from 0) where mappings and lists nest deeper than {@link #MAX_DEPTH}; read from
     * the parser's event stream, which keeps its own stack, before the node tree is built by
     * recursion that a deep enough file would exhaust.
     */
    private static OptionalInt tooDeep(LoadSettings settings, String yaml) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(yaml)) {
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        return OptionalInt.of(e.getStartMark().map(m -> m.getLine()).orElse(0));
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> { }
            }
        }
        return OptionalInt.empty();
    }

    private static YamlNode convert(Node node, Path file, int firstLine, Problems problems) {
        int line = node.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
        if (node instanceof MappingNode map) {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : map.getValue()) {
                YamlNode key = convert(t.getKeyNode(), file, firstLine, problems);
                String name = key instanceof YamlNode.Scalar s ? s.text() : key.describe();
                if (!seen.add(name)) {
                    problems.add(file, key.line(), Problem.Kind.DUPLICATE, "key '" + name
                            + "' is written twice in one mapping; expected each key once");
                    continue;
                }
                entries.add(new YamlNode.Entry(name, key.line(), convert(t.getValueNode(), file, firstLine, problems)));
            }
            return new YamlNode.Mapping(entries, line);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(item, file, firstLine, problems));
            }
            return new YamlNode.Sequence(items, line);
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        YamlNode.Scalar.Type type = tag.equals(Tag.INT) ? YamlNode.Scalar.Type.INTEGER
                : tag.equals(Tag.FLOAT) ? YamlNode.Scalar.Type.DECIMAL
                : tag.equals(Tag.BOOL) ? YamlNode.Scalar.Type.BOOLEAN
                : tag.equals(Tag.NULL) ? YamlNode.Scalar.Type.NULL
                : YamlNode.Scalar.Type.TEXT;
        return new YamlNode.Scalar(scalar.getValue(), type, line);
    }
}
