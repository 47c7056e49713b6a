package org.careerbench.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every word CareerBench writes into a deliverable, in the reader's language: messages from the
 * bundle {@code org/careerbench/report/messages*.properties} (English is the base file; German
 * ships as {@code messages_de.properties}; a new language is a new file) and numbers, money and
 * dates in the language's conventions. Messages are {@link MessageFormat} patterns, so a literal
 * apostrophe is written twice. Immutable.
 */
public final class Words {
    private static final String BUNDLE = "org.careerbench.report.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, String> overrides;
    private final ValueFormat format;

    private Words(Locale locale, Map<String, String> overrides) {
        this.locale = locale;
        this.overrides = Map.copyOf(overrides);
        // Never the JVM's default locale: a key missing in German falls back to the English base file.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.format = new ValueFormat(locale, pattern("format.date"), pattern("format.month"),
                pattern("format.thousands"));
    }

    /** The words of {@code languageTag}, e.g. "en" or "de-AT"; English for a language no file covers. */
    public static Words of(String languageTag) {
        return new Words(Locale.forLanguageTag(languageTag), Map.of());
    }

    /**
     * The words of {@code languageTag} with a template's own messages over the shipped ones, e.g.
     * from a {@code messages_fr.properties} beside the template: a language no shipped file covers
     * is one more file in the templates folder.
     */
    public static Words of(String languageTag, Map<String, String> overrides) {
        return new Words(Locale.forLanguageTag(languageTag), overrides);
    }

    /** English, for reports whose template does not name a language. */
    public static Words english() {
        return of("en");
    }

    /** The locale numbers and dates follow. */
    public Locale locale() {
        return locale;
    }

    /** How values are written in this language. */
    public ValueFormat format() {
        return format;
    }

    /**
     * The message {@code key} with {@code args} put in.
     *
     * @throws MissingResourceException when no bundle has the key (a programming error, caught by
     *                                  the bundle tests)
     */
    public String get(String key, Object... args) {
        return new MessageFormat(pattern(key), locale).format(args);
    }

    /** Whether the bundle has {@code key}, e.g. an optional label for a column. */
    public boolean has(String key) {
        return overrides.containsKey(key) || bundle.containsKey(key);
    }

    private String pattern(String key) {
        String own = overrides.get(key);
        return own != null ? own : bundle.getString(key);
    }

    /** "A, B or C" in this language. */
    public String orList(List<String> items) {
        return list(items, get("list.or"));
    }

    /** "A, B and C" in this language. */
    public String andList(List<String> items) {
        return list(items, get("list.and"));
    }

    private static String list(List<String> items, String last) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    /** {@code text} with its first letter in upper case, as at the start of a caption. */
    public String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
