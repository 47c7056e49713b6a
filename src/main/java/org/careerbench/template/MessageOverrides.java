package org.careerbench.template;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.careerbench.report.Words;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.diagnostics.Suggestions;

/**
 * A template's own wording: {@code messages_<language>.properties} beside it (e.g.
 * {@code messages_fr.properties} for {@code language: fr}, or {@code messages_de_AT} before
 * {@code messages_de} for {@code de-AT}), in UTF-8, with the keys of the shipped English bundle.
 * Each key it gives replaces the shipped message; a language no shipped file covers is this one
 * file. Read with the template, so that a misspelt key, a broken pattern or a lone apostrophe is
 * a problem at its line, not a wrong report.
 */
final class MessageOverrides {
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private MessageOverrides() {
    }

    /** The messages of the file for {@code language} beside {@code template}, or none when there is no such file. */
    static Map<String, String> read(Path template, String language, Problems problems) throws IOException {
        Path file = file(template, language);
        if (file == null) {
            return Map.of();
        }
        Optional<String> read = org.careerbench.handwritten.HandWrittenFile.read(file,
                org.careerbench.handwritten.Fence.around(template), "a messages file", problems);
        if (read.isEmpty()) {
            return Map.of();
        }
        String text = read.get();
        Properties p = new Properties();
        p.load(new StringReader(text));
        List<String> lines = text.lines().toList();
        Words english = Words.english();
        List<String> known = knownKeys();
        Map<String, String> messages = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            int line = lineOf(lines, key);
            if (!english.has(key)) {
                problems.add(file, line, Problem.Kind.UNKNOWN_KEY, "unknown message key '" + key + "'"
                        + Suggestions.didYouMean(key, known) + "; the keys are those of the shipped English messages");
                continue;
            }
            if (!key.startsWith("format.date") && !key.startsWith("format.month")) {
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                    problems.add(file, line, Problem.Kind.SYNTAX, "message '" + key + "' is not a valid pattern ("
                            + e.getMessage() + "), expected text with {0}, {1} … where values go");
                    continue;
                }
                if (LONE_APOSTROPHE.matcher(value).find()) {
                    problems.add(file, line, Problem.Kind.SYNTAX, "message '" + key + "' has a single apostrophe, which "
                            + "would vanish; write it twice ('')");
                    continue;
                }
            }
            messages.put(key, value);
        }
        return messages;
    }

    private static Path file(Path template, String language) {
        Path folder = template.toAbsolutePath().getParent();
        String tag = language.replace('-', '_');
        for (String name : List.of("messages_" + tag + ".properties",
                "messages_" + tag.split("_")[0] + ".properties")) {
            Path f = folder.resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    private static int lineOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith(key) && l.substring(key.length()).matches("\\s*[=:].*")) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The shipped English keys, for suggestions. */
    private static List<String> knownKeys() throws IOException {
        Properties p = new Properties();
        try (var in = MessageOverrides.class.getResourceAsStream("/org/careerbench/report/messages.properties");
                var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return List.copyOf(new java.util.TreeSet<>(p.stringPropertyNames()));
    }
}
