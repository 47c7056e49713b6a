package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.diagnostics.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vocabulary as documented is the vocabulary as parsed: the table in templates/README.md is
 * {@link Vocabulary#markdownTable()}, and every block example there loads without a problem.
 */
class VocabularyTest {
    private static final Path REFERENCE = Path.of("templates/README.md");

    @TempDir
    Path dir;

    @Test
    void theTemplateReferencePrintsTheVocabularyTable() throws Exception {
        String reference = Files.readString(REFERENCE);
        assertTrue(reference.contains(Vocabulary.markdownTable()), "templates/README.md must hold, verbatim:\n"
                + Vocabulary.markdownTable());
    }

    @Test
    void everySourceOfAKindIsInTheTable() {
        for (String kind : Vocabulary.KINDS) {
            for (String source : Vocabulary.sources(kind)) {
                assertTrue(Vocabulary.markdownTable().contains("| `" + kind + "` | `" + source + "`"), kind + " " + source);
            }
        }
        assertEquals(List.of("benchmark", "ranges", "paymix", "pay-gap", "market", "skills", "history"),
                Vocabulary.sources("chart"));
    }

    @Test
    void everyBlockExampleOfTheReferenceLoads() throws Exception {
        String reference = Files.readString(REFERENCE);
        Matcher m = Pattern.compile("````markdown\\n(```(figures|table|chart)\\n.*?```)\\n````", Pattern.DOTALL)
                .matcher(reference);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertEquals(3, blocks.size(), "one example each of figures, table and chart");
        Files.copy(Path.of("templates/theme.yaml"), dir.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), dir.resolve("logo.png"));
        Files.writeString(dir.resolve("t.md"), "---\ntitle: Examples\n---\n# Examples\n" + String.join("\n", blocks)
                + "\n");
        Problems problems = new Problems();
        new TemplateLoader().load(dir.resolve("t.md"), problems);
        assertTrue(problems.isEmpty(), problems.report());
    }

    @Test
    void theFrontMatterExampleOfTheReferenceLoads() throws Exception {
        String reference = Files.readString(REFERENCE);
        Matcher m = Pattern.compile("```yaml\\n(---\\n.*?---\\n)```", Pattern.DOTALL).matcher(reference);
        assertTrue(m.find(), "a front matter example");
        Files.copy(Path.of("templates/theme.yaml"), dir.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), dir.resolve("logo.png"));
        Files.writeString(dir.resolve("t.md"), m.group(1) + "# A\nText.\n");
        Problems problems = new Problems();
        new TemplateLoader().load(dir.resolve("t.md"), problems);
        assertTrue(problems.isEmpty(), problems.report());
    }
}
