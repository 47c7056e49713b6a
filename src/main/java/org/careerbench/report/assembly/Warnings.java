package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;

/** The data warnings one report raises while it is built, in order, each once. Not thread-safe. */
final class Warnings {
    private final List<String> list = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();

    /** A value a block's filter names that no row has this period: a warning, and a notice for the block. */
    void absent(String value, String warning) {
        add(warning);
        absent.add(value);
    }

    /** How many absent values were recorded so far: a mark for {@link #absentSince}. */
    int absentMark() {
        return absent.size();
    }

    /** The absent values recorded since {@code mark}, each once. */
    List<String> absentSince(int mark) {
        return absent.subList(mark, absent.size()).stream().distinct().toList();
    }

    void add(String warning) {
        if (!list.contains(warning)) {
            list.add(warning);
        }
    }

    List<String> list() {
        return List.copyOf(list);
    }
}
