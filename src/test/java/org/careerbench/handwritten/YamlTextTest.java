package org.careerbench.handwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careerbench.diagnostics.Problems;
import org.junit.jupiter.api.Test;

/** YAML placed at its file lines by the parser's own marks, with hostile input refused in words. */
class YamlTextTest {
    private static final Path FILE = Path.of("mapping.yaml");
    private final Problems problems = new Problems();

    private YamlNode parse(int firstLine, String yaml) {
        return YamlText.parse(FILE, firstLine, yaml, problems).orElseThrow(() -> new AssertionError(problems.report()));
    }

    @Test
    void everyValueKnowsItsFileLine() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse(10, "title: Pay\nparameters:\n  currency: USD\n  levels: [A, B]\n");
        assertEquals(10, root.entries().get(0).keyLine());
        YamlNode.Mapping parameters = (YamlNode.Mapping) root.entry("parameters").orElseThrow().value();
        assertEquals(12, parameters.entry("currency").orElseThrow().keyLine());
        YamlNode.Sequence levels = (YamlNode.Sequence) parameters.entry("levels").orElseThrow().value();
        assertEquals(13, levels.line());
        assertEquals(List.of("A", "B"), levels.items().stream().map(n -> ((YamlNode.Scalar) n).text()).toList());
    }

    @Test
    void equalKeysAtDifferentDepthsAreEachAtTheirOwnLine() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse(1, "outer:\n  name: a\nname: b\n");
        assertEquals(3, root.entry("name").orElseThrow().keyLine());
        YamlNode.Mapping outer = (YamlNode.Mapping) root.entry("outer").orElseThrow().value();
        assertEquals(2, outer.entry("name").orElseThrow().keyLine());
    }

    @Test
    void scalarsAreTypedByTheCoreSchema() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse(1, "a: text\nb: 12\nc: 1.5\nd: true\ne:\nf: '12'\n");
        assertEquals(YamlNode.Scalar.Type.TEXT, type(root, "a"));
        assertEquals(YamlNode.Scalar.Type.INTEGER, type(root, "b"));
        assertEquals(YamlNode.Scalar.Type.DECIMAL, type(root, "c"));
        assertEquals(YamlNode.Scalar.Type.BOOLEAN, type(root, "d"));
        assertEquals(YamlNode.Scalar.Type.NULL, type(root, "e"));
        assertEquals(YamlNode.Scalar.Type.TEXT, type(root, "f"), "a quoted number is text");
        assertEquals("nothing", root.entry("e").orElseThrow().value().describe());
        assertEquals("'text'", root.entry("a").orElseThrow().value().describe());
    }

    private static YamlNode.Scalar.Type type(YamlNode.Mapping m, String key) {
        return ((YamlNode.Scalar) m.entry(key).orElseThrow().value()).type();
    }

    @Test
    void blankTextIsAnEmptyMapping() {
        assertEquals(new YamlNode.Mapping(List.of(), 4), parse(4, ""));
        assertTrue(problems.isEmpty());
    }

    @Test
    void aKeyWrittenTwiceIsAProblemAtItsSecondLine() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse(20, "a: 1\nb: 2\na: 3\n");
        assertEquals(2, root.entries().size(), "the first is kept");
        assertTrue(problems.report().startsWith("mapping.yaml:22: key 'a' is written twice"), problems.report());
    }

    @Test
    void malformedYamlIsASyntaxProblemAtTheParsersLine() {
        Optional<YamlNode> none = YamlText.parse(FILE, 5, "a: 1\nb: [unclosed\nc: 2\n", problems);
        assertEquals(Optional.empty(), none);
        assertTrue(problems.report().contains("invalid YAML"), problems.report());
        assertTrue(problems.report().startsWith("mapping.yaml:"), problems.report());
        assertEquals(1, problems.size());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedBeforeTheTreeIsBuilt() {
        String deep = "[".repeat(YamlText.MAX_DEPTH + 1) + "]".repeat(YamlText.MAX_DEPTH + 1);
        assertEquals(Optional.empty(), YamlText.parse(FILE, 1, deep, problems));
        assertTrue(problems.report().contains("nested more than 64 levels"), problems.report());
        String ok = "[".repeat(YamlText.MAX_DEPTH) + "]".repeat(YamlText.MAX_DEPTH);
        assertTrue(YamlText.parse(FILE, 1, ok, new Problems()).isPresent());
    }

    @Test
    void aMillionNestedBracketsDoNotExhaustTheStack() {
        String hostile = "[".repeat(200_000);
        assertEquals(Optional.empty(), YamlText.parse(FILE, 1, hostile, problems));
        assertEquals(1, problems.size(), problems.report());
    }
}
