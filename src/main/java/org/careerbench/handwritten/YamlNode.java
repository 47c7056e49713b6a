package org.careerbench.handwritten;

import java.util.List;
import java.util.Optional;

/**
 * A parsed YAML value that remembers the 1-based file line it starts on. Immutable.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** 1-based line of the file on which this value starts. */
    int line();

    /** How an error names what was found: "a mapping", "a list", "'Senior'", "nothing". */
    String describe();

    /** {@code key: value} lines, in the order written. */
    record Mapping(List<Entry> entries, int line) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The entry for {@code key}, if written. */
        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /**
     * One key of a mapping.
     *
     * @param key     the key as written
     * @param keyLine the line the key is written on
     * @param value   its value
     */
    record Entry(String key, int keyLine, YamlNode value) {
    }

    /** {@code - item} lines or {@code [a, b]}. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value.
     *
     * @param text the value as written (without quotes)
     * @param type how YAML resolves it: text, whole number, decimal, true/false or empty
     */
    record Scalar(String text, Type type, int line) implements YamlNode {
        /** The core schema's scalar types. */
        public enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describe() {
            return type == Type.NULL ? "nothing" : "'" + text + "'";
        }
    }
}
