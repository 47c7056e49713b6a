package org.careerbench.handwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.careerbench.diagnostics.Problems;
import org.junit.jupiter.api.Test;

/** Each key read by type; every mistake a problem at its own line, reading carries on. */
class KeyReaderTest {
    private static final Path FILE = Path.of("theme.yaml");

    private static KeyReader read(String yaml, Problems problems) {
        return KeyReader.of(FILE, YamlText.parse(FILE, 1, yaml, problems).orElseThrow(), "the theme", problems);
    }

    @Test
    void valuesOfEveryTypeAreReadAndTheirLinesKept() {
        Problems problems = new Problems();
        KeyReader r = read("size: A4\ncount: 3\nrate: 0.5\nflag: true\nlist: [a, b]\n", problems);
        assertEquals(Optional.of("A4"), r.text("size"));
        assertEquals(OptionalInt.of(3), r.wholeNumber("count", 1));
        assertEquals(OptionalDouble.of(0.5), r.number("rate", 0, 1, "0.5"));
        assertEquals(Optional.of(true), r.bool("flag"));
        assertEquals(2, r.list("list").orElseThrow().size());
        assertEquals(3, r.lineOf("rate"));
        r.finish();
        assertTrue(problems.isEmpty(), problems.report());
    }

    @Test
    void everyMistakeIsAProblemAtItsLineAndReadingCarriesOn() {
        Problems problems = new Problems();
        KeyReader r = read("sise: A4\ncount: -2\nrate: high\nkind: square\n", problems);
        assertEquals(OptionalInt.empty(), r.wholeNumber("count", 1));
        assertEquals(OptionalDouble.empty(), r.number("rate", 0, 1, "0.5"));
        assertEquals(Optional.empty(), r.oneOf("kind", Map.of("round", 1, "flat", 2)));
        r.text("size");
        r.finish();
        String report = problems.report();
        assertEquals(4, problems.size(), report);
        for (String at : List.of("theme.yaml:1", "theme.yaml:2", "theme.yaml:3", "theme.yaml:4")) {
            assertTrue(report.contains(at), at + " in " + report);
        }
        assertTrue(report.contains("did you mean 'size'"), report);
    }

    @Test
    void aRequiredKeyThatIsMissingSaysWhere() {
        Problems problems = new Problems();
        KeyReader r = read("size: A4\n", problems);
        assertEquals(Optional.empty(), r.required("font"));
        assertTrue(problems.report().contains("missing 'font:' in the theme"), problems.report());
    }
}
