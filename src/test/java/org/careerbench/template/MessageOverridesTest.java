package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.careerbench.PdfFacts;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.RunResult;
import org.careerbench.batch.Shard;
import org.careerbench.diagnostics.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageOverridesTest {
    @TempDir
    Path dir;

    @Test
    void aLanguageNoShippedFileCoversIsOneFileBesideTheTemplates() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.copy(Path.of("templates/theme.yaml"), templates.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), templates.resolve("logo.png"));
        Files.writeString(templates.resolve("rapport.md"), """
                ---
                title: Rapport
                language: fr
                parameters:
                  population: {role_family: SRE & ML Infrastructure}
                ---
                # Salaires

                ```table
                source: benchmark
                rows: [region, level]
                statistics: [n, p50]
                ```

                # Suite

                Texte.
                """);
        Files.writeString(templates.resolve("messages_fr.properties"), """
                # Le français de ce modèle
                contents=Sommaire
                page.of=Page {0} sur {1}
                statistic.p50=Médiane
                suppression.footnote=— non publié : trop peu d''observations ({0}).
                """, StandardCharsets.UTF_8);
        RunResult result = new RunJob(line -> { }).run(new RunOptions(Path.of("input"), templates, dir.resolve("out"),
                YearMonth.of(2026, 11), "test", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"),
                Shard.ALL, 1));
        String text = String.join("\n", PdfFacts.read(result.folder().resolve("rapport.pdf")).pageTexts());
        assertTrue(text.contains("Sommaire"), text);
        assertTrue(text.contains("Page 2 sur"), "the page footer in the template's words");
        assertTrue(text.contains("Médiane"), "a column heading from the template's file");
        assertTrue(text.contains("non publié : trop peu d'observations"), "a doubled apostrophe prints once");
        assertTrue(java.util.regex.Pattern.compile("\\d{2,3}[\u202f\u00a0 ]\\d{3}[\u202f\u00a0 ]\\$US").matcher(text)
                .find(), "money in the French way, e.g. 148 197 $US");
    }

    @Test
    void aMisspeltKeyABrokenPatternAndALoneApostropheAreProblemsAtTheirLines() throws Exception {
        Path template = Files.writeString(dir.resolve("t.md"), "---\ntitle: T\nlanguage: fr\n---\n");
        Files.writeString(dir.resolve("messages_fr.properties"), """
                contnets=Sommaire
                page.of=Page {0 sur {1}
                suppression.footnote=— non publié : trop peu d'observations ({0}).
                contents=Sommaire
                """, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        Map<String, String> messages = MessageOverrides.read(template, "fr", problems);
        assertEquals(Map.of("contents", "Sommaire"), messages);
        String report = problems.report();
        assertTrue(report.contains("messages_fr.properties:1: unknown message key 'contnets'")
                && report.contains("did you mean 'contents'"), report);
        assertTrue(report.contains("messages_fr.properties:2: message 'page.of' is not a valid pattern"), report);
        assertTrue(report.contains("messages_fr.properties:3: message 'suppression.footnote' has a single apostrophe"),
                report);
    }

    @Test
    void withoutAFileTheShippedWordsApply() throws Exception {
        Path template = Files.writeString(dir.resolve("t.md"), "---\ntitle: T\nlanguage: de\n---\n");
        assertEquals(Map.of(), MessageOverrides.read(template, "de", new Problems()));
    }
}
