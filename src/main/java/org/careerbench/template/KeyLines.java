package org.careerbench.template;

import java.util.Map;

/**
 * Where a block and each of its keys are written, so that a problem found later — against the
 * data — still points at the key's own line. Immutable.
 *
 * @param block the line of the block (its fence, or its list item)
 * @param keys  the line of each key written
 */
public record KeyLines(int block, Map<String, Integer> keys) {
    public KeyLines {
        keys = Map.copyOf(keys);
    }

    /** The line of {@code key}, or the block's line when the key is not written. */
    public int of(String key) {
        return keys.getOrDefault(key, block);
    }
}
