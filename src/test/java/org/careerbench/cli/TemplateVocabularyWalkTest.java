package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.careerbench.template.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every block kind × source of the template language through {@code validate}: the block
 * with every key it accepts validates; a misspelt key, a key of another source and a wrong value
 * each make it exit 2 with the problem at that key's own line; all of them in one template are
 * listed together with their count; mistakes in three templates are listed in one run.
 */
class TemplateVocabularyWalkTest {
    private static final Set<String> XLSX_ONLY = Set.of("positioning", "checks", "assumptions", "observations");

    @TempDir
    Path dir;

    /** A mistake written into a block, and the line it is written on. */
    enum Mistake { MISSPELT_KEY, INAPPLICABLE_KEY, WRONG_VALUE }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Vocabulary.Entry e : Vocabulary.entries()) {
            for (Mistake m : Mistake.values()) {
                if (m == Mistake.MISSPELT_KEY && misspeltKey(e) == null
                        || m == Mistake.INAPPLICABLE_KEY && Vocabulary.elsewhere(e.kind(), e.source()).isEmpty()) {
                    continue;
                }
                cases.add(Arguments.of(e.kind(), e.source(), m));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> entries() {
        return Vocabulary.entries().stream().map(e -> Arguments.of(e.kind(), e.source()));
    }

    /** A template holding one block of {@code e} with every key it accepts, and what was written where. */
    private record Written(String text, int mistakeLine, String expected) {
    }

    /** The key figures the examples of history blocks follow. */
    private static final String HISTORY_FIGURES = "```figures\n- id: senior_p50\n  label: Senior\n"
            + "  filter: {level: Senior}\n- id: mid_p50\n  label: Mid\n  filter: {level: Mid}\n```\n";

    private static Written template(Vocabulary.Entry e, Mistake mistake) {
        // Analysts' workbooks: the one audience every block kind and source may be written for.
        List<String> lines = new ArrayList<>(List.of("---", "title: Walk", "audience: analyst",
                "format: " + (XLSX_ONLY.contains(e.source()) ? "xlsx" : "pdf"), "---", "# Walk"));
        if (e.source().equals("checks")) {
            lines.addAll(List.of("```table", "source: observations", "rows: [level, region]", "```"));
        }
        if (e.source().equals("history")) {
            lines.addAll(HISTORY_FIGURES.lines().toList());
        }
        lines.add("```" + e.kind());
        boolean figure = e.kind().equals("figures");
        List<String> body = new ArrayList<>();
        for (Vocabulary.Key k : e.keys()) {
            String value = k.name().equals("source") ? e.source() : k.example();
            body.add((figure && body.isEmpty() ? "- " : figure ? "  " : "") + k.name() + ": " + value);
        }
        int first = lines.size() + 1;
        int line = 0;
        String expected = null;
        String indent = figure ? "  " : "";
        if (mistake == Mistake.MISSPELT_KEY) {
            String key = misspeltKey(e);
            String typo = key.substring(0, key.length() - 2) + key.charAt(key.length() - 1) + key.charAt(key.length() - 2);
            body.add(indent + typo + ": " + example(e, key));
            line = first + body.size() - 1;
            expected = "unknown key '" + typo + "'";
        } else if (mistake == Mistake.INAPPLICABLE_KEY) {
            String key = Vocabulary.elsewhere(e.kind(), e.source()).keySet().iterator().next();
            body.add(indent + key + ": " + exampleAnywhere(e.kind(), key));
            line = first + body.size() - 1;
            expected = "key '" + key + "' does not apply to";
        } else if (mistake == Mistake.WRONG_VALUE) {
            for (String key : List.of("statistics", "statistic", "type", "rows", "pay", "top", "from", "id", "name",
                    "source")) {
                int i = e.keyNames().indexOf(key);
                if (i >= 0) {
                    String bad = switch (key) {
                        case "statistics" -> "[p55]";
                        case "statistic" -> "p55";
                        case "type" -> "pie";
                        case "rows" -> "levle";
                        case "pay" -> "bonus";
                        case "top" -> "many";
                        case "from" -> "soon";
                        case "id" -> "9x";
                        case "name" -> "bad name";
                        default -> e.source() + "z";
                    };
                    body.set(i, body.get(i).replaceFirst(": .*$", ": " + bad));
                    line = first + i;
                    expected = "'" + bad.replace("[", "").replace("]", "") + "'";
                    break;
                }
            }
        }
        lines.addAll(body);
        lines.add("```");
        return new Written(String.join("\n", lines) + "\n", line, expected);
    }

    /** A key of the entry to misspell: the first besides {@code source} long enough to misspell. */
    private static String misspeltKey(Vocabulary.Entry e) {
        return e.keyNames().stream().filter(k -> !k.equals("source") && k.length() >= 4).findFirst().orElse(null);
    }

    private static String example(Vocabulary.Entry e, String key) {
        return e.keys().stream().filter(k -> k.name().equals(key)).findFirst().orElseThrow().example();
    }

    private static String exampleAnywhere(String kind, String key) {
        return Vocabulary.entries().stream().filter(x -> x.kind().equals(kind)).flatMap(x -> x.keys().stream())
                .filter(k -> k.name().equals(key)).findFirst().orElseThrow().example();
    }

    private static Vocabulary.Entry entry(String kind, String source) {
        return Vocabulary.entry(kind, source).orElseThrow();
    }

    private Path templates(String name) throws Exception {
        Path t = Files.createDirectories(dir.resolve(name));
        Files.copy(Path.of("templates/theme.yaml"), t.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), t.resolve("logo.png"));
        return t;
    }

    @ParameterizedTest(name = "{0} with source {1}, every key it accepts")
    @MethodSource("entries")
    void everyKeyABlockAcceptsValidates(String kind, String source) throws Exception {
        Path t = templates("ok");
        Files.writeString(t.resolve("t.md"), template(entry(kind, source), null).text());
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"),
                cli.err.toString());
    }

    @ParameterizedTest(name = "{0} with source {1}: {2}")
    @MethodSource("cases")
    void eachMistakeIsRefusedAtItsKeysOwnLine(String kind, String source, Mistake mistake) throws Exception {
        Path t = templates("bad");
        Written w = template(entry(kind, source), mistake);
        Files.writeString(t.resolve("t.md"), w.text());
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        String err = cli.err.toString();
        String at = t.resolve("t.md") + ":" + w.mistakeLine() + ": ";
        assertTrue(err.lines().anyMatch(l -> l.startsWith(at) && l.contains(w.expected())),
                "expected «" + at + "… " + w.expected() + "» in:\n" + err + "\nfor template:\n" + w.text());
        assertTrue(err.contains("1 problem:"), err);
    }

    @Test
    void everyMistakeOfOneTemplateIsListedWithTheirCount() throws Exception {
        Path t = templates("all");
        StringBuilder text = new StringBuilder("---\ntitle: All\naudience: analyst\nformat: xlsx\n---\n# All\n");
        List<Integer> lines = new ArrayList<>();
        int offset = 6;
        for (Object[] c : cases().map(Arguments::get).toList()) {
            Written w = template(entry((String) c[0], (String) c[1]), (Mistake) c[2]);
            String block = w.text().substring(w.text().indexOf("# Walk\n") + "# Walk\n".length());
            int shift = 0;
            if (block.startsWith(HISTORY_FIGURES) && text.indexOf(HISTORY_FIGURES) >= 0) {
                // The key figures history blocks follow are declared once in the one template.
                block = block.substring(HISTORY_FIGURES.length());
                shift = (int) HISTORY_FIGURES.lines().count();
            }
            text.append(block);
            lines.add(offset + w.mistakeLine() - 6 - shift);
            offset += (int) block.lines().count();
        }
        Files.writeString(t.resolve("all.md"), text);
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        String err = cli.err.toString();
        for (int line : lines) {
            assertTrue(err.contains(t.resolve("all.md") + ":" + line + ": "), "line " + line + " in:\n" + err);
        }
        assertTrue(err.contains(lines.size() + " problems:"), lines.size() + " problems in:\n" + err);
        assertTrue(err.contains("unknown key") && err.contains("key that does not apply")
                && err.contains("unknown value"), err);
    }

    @Test
    void mistakesInThreeTemplatesAreListedInOneRun() throws Exception {
        Path t = templates("three");
        Files.writeString(t.resolve("a.md"), "---\ntitle: A\n---\n# A\n```table\nsource: benchmark\nrowz: level\n```\n");
        Files.writeString(t.resolve("b.md"), "---\ntitle: B\noutput: b\n---\n# B\n```chart\nsource: skills\ntype: pie\n```\n");
        Files.writeString(t.resolve("c.md"), "---\ntitle: C\nparameters:\n  pay: bonus\n---\n# C\nText.\n");
        Cli cli = new Cli();
        assertEquals(ExitCodes.BAD_INPUT, cli.run("validate", "--templates", t.toString(), "--period", "2026-11"));
        String err = cli.err.toString();
        assertTrue(err.contains(t.resolve("a.md") + ":7: unknown key 'rowz'"), err);
        assertTrue(err.contains(t.resolve("b.md") + ":8: unknown chart type 'pie'"), err);
        assertTrue(err.contains(t.resolve("c.md") + ":4: unknown pay 'bonus'"), err);
        assertTrue(err.contains("3 problems:"), err);
    }
}
