package org.careerbench.report.build;

import java.util.ArrayList;
import java.util.List;

/** The data warnings one report raises while it is built, in order, each once. Not thread-safe. */
final class Warnings {
    private final List<String> list = new ArrayList<>();

    void add(String warning) {
        if (!list.contains(warning)) {
            list.add(warning);
        }
    }

    List<String> list() {
        return List.copyOf(list);
    }
}
