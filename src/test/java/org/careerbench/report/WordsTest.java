package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordsTest {
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9_-]+)*\\.?)\"");

    @Test
    void everyKeyTheCodeNamesIsInTheEnglishBundle() throws Exception {
        Properties english = bundle("messages.properties");
        Set<String> prefixes = english.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .filter(p -> !p.isEmpty()).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.matches(".*\\.(csv|yaml|yml|md|png|jpg|xlsx|pdf|html|json|properties)")) {
                        continue;
                    }
                    boolean bundleKey =
 key.contains(".") && prefixes.stream().anyMatch(key::startsWith)
                            || english.containsKey(key);
                    if (!bundleKey) {
                        continue;
                    }
                    named++;
                    // A key ending in '.' is a prefix the code completes, e.g. "pay." + "base".
                    boolean known = key.endsWith(".") ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : english.containsKey(key);
                    if (!known) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(named > 150, "keys named in the code: " + named);
        assertEquals(Set.of(), missing);
    }

    @Test
    void germanTranslatesEveryKeyAndNothingElse() throws Exception {
        Set<String> english = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> german = new TreeSet<>(bundle("messages_de.properties").stringPropertyNames());
        assertEquals(english, german);
    }

    @Test
    void everyMessageIsAValidPatternWithoutALoneApostrophe() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_de.properties")) {
            Properties p = bundle(name);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (key.startsWith("format.date") || key.startsWith("format.month")) {
                    continue;
                }
                try {
                    new MessageFormat(value).format(new Object[] {1, 2, 3, 4, 5, 6, 7});
                } catch (IllegalArgumentException e) {
                    wrong.add(name + " " + key + ": " + e.getMessage());
                }
                // A single apostrophe starts a quoted section in a MessageFormat pattern and vanishes.
                if (value.matches("(?s).*(?<!')'(?!').*")) {
                    wrong.add(name + " " + key + ": a lone apostrophe; write it twice");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void numbersMoneyAndDatesFollowTheLanguage() {
        ValueFormat en = Words.english().format();
        ValueFormat de = Words.of("de").format();
        assertEquals("$195,371", en.money(195_371.4, "USD"));
        assertEquals("195.371\u00a0$", de.money(195_371.4, "USD"));
        assertEquals("1.234\u00a0€", de.money(1_234.4, "EUR"));
        assertEquals("8.5%", en.percent(0.085));
        assertEquals("8,5\u00a0%", de.percent(0.085));
        assertEquals("1 November 2026", en.date(LocalDate.of(2026, 11, 1)));
        assertEquals("26. November 2026", de.date(LocalDate.of(2026, 11, 26)));
        assertEquals("November 2026", de.month(YearMonth.of(2026, 11)));
        assertEquals("\"$\"#,##0", en.excelFormat(ValueType.MONEY, "USD"));
        assertEquals("#,##0\\ \"€\"", de.excelFormat(ValueType.MONEY, "EUR"));
        assertEquals("$195k", en.thousands(195_371, "USD"));
        assertEquals("Seite 3 von 10", Words.of("de").get("page.of", 3, 10));
        assertEquals("A, B oder C", Words.of("de").orList(List.of("A", "B", "C")));
    }

    @Test
    void aLanguageWithoutAFileIsEnglish() {
        assertEquals("Contents", Words.of("fi").get("contents"));
    }

    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = WordsTest.class.getResourceAsStream("/org/careerbench/report/" + name);
                InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
