package org.careerbench.handwritten;

import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.diagnostics.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the keys of one YAML mapping by type. Each accessor names a key this mapping accepts;
 * a wrong type or an unknown value becomes a {@link Problem} at the line the value is written on
 * and the accessor answers empty, so reading carries on. {@link #finish()} then reports every
 * key nobody asked for: an old spelling with its new name, a key that belongs to another kind of
 * block, or an unknown key with the closest accepted one.
 *
 * <p>Not thread-safe; one reader per mapping, used once.
 */
public final class KeyReader {
    private final Path file;
    private final YamlNode.Mapping map;
    private final String where;
    private final Problems problems;
    private final Set<String> asked = new LinkedHashSet<>();
    private final Set<String> forbidden = new LinkedHashSet<>();
    private final Map<String, String> renamed = new LinkedHashMap<>();
    private final Map<String, String> elsewhere = new LinkedHashMap<>();

    private KeyReader(Path file, YamlNode.Mapping map, String where, Problems problems) {
        this.file = file;
        this.map = map;
        this.where = where;
        this.problems = problems;
    }

    /**
     * A reader of {@code node}, which should be a mapping; anything else is a problem and reads as
     * an empty mapping.
     *
     * @param where how errors name this mapping, e.g. "a table block with source: benchmark"
     */
    public static KeyReader of(Path file, YamlNode node, String where, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return new KeyReader(file, m, where, problems);
        }
        if (!(node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL)) {
            problems.add(file, node.line(), Problem.Kind.WRONG_TYPE, where + " must be 'key: value' lines, found "
                    + node.describe());
        }
        return new KeyReader(file, new YamlNode.Mapping(List.of(), node.line()), where, problems);
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** The line the mapping starts on. */
    public int line() {
        return map.line();
    }

    /** How errors name this mapping. */
    public String where() {
        return where;
    }

    /** The problems list this reader adds to. */
    public Problems problems() {
        return problems;
    }

    /** The line {@code key} is written on, or the mapping's line when it is not written. */
    public int lineOf(String key) {
        return map.entry(key).map(YamlNode.Entry::keyLine).orElse(map.line());
    }

    /** The line of every key written in this mapping. */
    public Map<String, Integer> keyLines() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        map.entries().forEach(e -> lines.put(e.key(), e.keyLine()));
        return lines;
    }

    /** Whether {@code key} is written (and accepted). */
    /**
     * Whether a key that must never be written (a password) is there. Unlike {@link #has}, the key
     * is not one this mapping accepts: it is never suggested for a misspelt key, nor listed among
     * the accepted ones; the caller reports it.
     */
    public boolean forbidden(String key) {
        forbidden.add(key);
        return map.entry(key).isPresent();
    }

    public boolean has(String key) {
        asked.add(key);
        return map.entry(key).isPresent();
    }

    /** The value of {@code key}, if written. */
    public Optional<YamlNode> node(String key) {
        asked.add(key);
        return map.entry(key).map(YamlNode.Entry::value);
    }

    /** A single value as text; a list or mapping is a problem. */
    public Optional<String> text(String key) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof YamlNode.Scalar s) {
            return s.type() == YamlNode.Scalar.Type.NULL ? Optional.empty() : Optional.of(s.text());
        }
        wrongType(key, n.get(), "a single value");
        return Optional.empty();
    }

    /** As {@link #text(String)}, with a fallback. */
    public String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    /** A single value that must be written. */
    public Optional<String> required(String key) {
        boolean written = map.entry(key).isPresent();
        Optional<String> v = text(key).filter(t -> !t.isBlank());
        if (v.isEmpty() && (!written || map.entry(key).get().value() instanceof YamlNode.Scalar)) {
            problems.add(file, written ? lineOf(key) : map.line(), Problem.Kind.MISSING_KEY, "missing '" + key
                    + ":' in " + where);
        }
        return v;
    }

    /**
     * A value from a closed vocabulary, case as written.
     *
     * @param vocabulary each accepted word and what it means
     */
    public <T> Optional<T> oneOf(String key, Map<String, T> vocabulary) {
        Optional<String> v = text(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        T t = vocabulary.get(v.get());
        if (t == null) {
            unknownValue(key, valueLine(key), v.get(), vocabulary.keySet());
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** A whole number at least {@code min}. */
    public OptionalInt wholeNumber(String key, int min) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty() || isNull(n.get())) {
            return OptionalInt.empty();
        }
        if (n.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
            try {
                int v = Integer.parseInt(s.text().replace("_", "").replaceFirst("^\\+", ""));
                if (v >= min) {
                    return OptionalInt.of(v);
                }
            } catch (NumberFormatException e) {
                // out of int range: reported below
            }
        }
        problems.add(file, n.get().line(), Problem.Kind.WRONG_TYPE, "'" + key + "' in " + where
                + " must be a whole number of at least " + min + ", found " + n.get().describe());
        return OptionalInt.empty();
    }

    /** A number in (lowExclusive, highInclusive]. */
    public OptionalDouble number(String key, double lowExclusive, double highInclusive, String example) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty() || isNull(n.get())) {
            return OptionalDouble.empty();
        }
        if (n.get() instanceof YamlNode.Scalar s && (s.type() == YamlNode.Scalar.Type.INTEGER
                || s.type() == YamlNode.Scalar.Type.DECIMAL)) {
            try {
                double v = Double.parseDouble(s.text().replace("_", ""));
                if (v > lowExclusive && v <= highInclusive) {
                    return OptionalDouble.of(v);
                }
            } catch (NumberFormatException e) {
                // .inf, .nan and the like: reported below
            }
        }
        problems.add(file, n.get().line(), Problem.Kind.WRONG_TYPE, "'" + key + "' in " + where + " must be a number "
                + "such as " + example + " (above " + fmt(lowExclusive) + ", at most " + fmt(highInclusive)
                + "), found " + n.get().describe());
        return OptionalDouble.empty();
    }

    /** {@code true} or {@code false}. */
    public Optional<Boolean> bool(String key) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty() || isNull(n.get())) {
            return Optional.empty();
        }
        if (n.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
        }
        problems.add(file, n.get().line(), Problem.Kind.WRONG_TYPE, "'" + key + "' in " + where
                + " must be true or false, found " + n.get().describe());
        return Optional.empty();
    }

    /** One value or a list of single values, each with its line; a nested list or mapping is a problem. */
    public Optional<List<YamlNode.Scalar>> list(String key) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty() || isNull(n.get())) {
            return Optional.empty();
        }
        return scalars(key, n.get());
    }

    /** The items of {@code node} (or the node itself) as single values; a nested list or mapping is a problem. */
    public Optional<List<YamlNode.Scalar>> scalars(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return Optional.of(List.of(s));
        }
        if (node instanceof YamlNode.Sequence seq) {
            List<YamlNode.Scalar> items = new ArrayList<>();
            boolean ok = true;
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s) {
                    items.add(s);
                } else {
                    problems.add(file, item.line(), Problem.Kind.WRONG_TYPE, "each item of '" + key + "' in " + where
                            + " must be a single value, found " + item.describe());
                    ok = false;
                }
            }
            return ok ? Optional.of(items) : Optional.empty();
        }
        wrongType(key, node, "a value or a list such as [a, b]");
        return Optional.empty();
    }

    /** A nested mapping, read by its own reader; empty when not written or not a mapping. */
    public Optional<KeyReader> mapping(String key, String nestedWhere) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty() || isNull(n.get())) {
            return Optional.empty();
        }
        if (n.get() instanceof YamlNode.Mapping m) {
            return Optional.of(new KeyReader(file, m, nestedWhere, problems));
        }
        wrongType(key, n.get(), "'name: value' lines");
        return Optional.empty();
    }

    /** The entries of this mapping, for mappings whose keys are data (e.g. a filter's columns); all count as read. */
    public List<YamlNode.Entry> entries() {
        map.entries().forEach(e -> asked.add(e.key()));
        return map.entries();
    }

    /** Declares {@code old} as an old spelling of {@code now}: written, it is a problem naming the new one. */
    public KeyReader renamed(String old, String now) {
        renamed.put(old, now);
        return this;
    }

    /** Declares {@code key} as part of the language that applies elsewhere, e.g. "to source market". */
    public KeyReader appliesElsewhere(String key, String whereItApplies) {
        elsewhere.putIfAbsent(key, whereItApplies);
        return this;
    }

    /** Reports every key written but never asked for. Call once, after every accessor. */
    public void finish() {
        for (YamlNode.Entry e : map.entries()) {
            String key = e.key();
            if (asked.contains(key) || forbidden.contains(key)) {
                continue;
            }
            if (renamed.containsKey(key)) {
                problems.add(file, e.keyLine(), Problem.Kind.RENAMED, "'" + key + "' is now written '"
                        + renamed.get(key) + "' (in " + where + ")");
            } else if (elsewhere.containsKey(key)) {
                problems.add(file, e.keyLine(), Problem.Kind.INAPPLICABLE_KEY, "key '" + key + "' does not apply to "
                        + where + "; it applies " + elsewhere.get(key) + ". Keys accepted here: " + asked);
            } else {
                problems.add(file, e.keyLine(), Problem.Kind.UNKNOWN_KEY, "unknown key '" + key + "' in " + where
                        + Suggestions.didYouMean(key, asked) + "; expected one of " + asked);
            }
        }
    }

    /** Records a problem about {@code key}'s value, at the line the value is written on. */
    public void problem(String key, Problem.Kind kind, String message) {
        problems.add(file, valueLine(key), kind, message);
    }

    /**
     * Records an unknown value at {@code line}, with the closest accepted one.
     *
     * @param key how the message names what was unknown, e.g. "statistic" or "chart type"
     */
    public void unknownValue(String key, int line, String found, java.util.Collection<String> accepted) {
        problems.add(file, line, Problem.Kind.UNKNOWN_VALUE, "unknown " + key + " '" + found + "'"
                + Suggestions.didYouMean(found, accepted) + " in " + where + "; expected one of "
                + List.copyOf(accepted));
    }

    /** The line of {@code key}'s value (its key's line for a value on the same line). */
    public int valueLine(String key) {
        return map.entry(key).map(e -> e.value().line()).orElse(map.line());
    }

    private void wrongType(String key, YamlNode found, String expected) {
        problems.add(file, found.line(), Problem.Kind.WRONG_TYPE, "'" + key + "' in " + where + " must be " + expected
                + ", found " + found.describe());
    }

    private static boolean isNull(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
