package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;

/**
 * The data warnings one report raised, in order, each once: collected by the report builder from
 * what each block factory returned ({@link Made#warnings()}). Not thread-safe.
 */
final class Warnings {
    private final List<String> list = new ArrayList<>();

    void add(String warning) {
        if (!list.contains(warning)) {
            list.add(warning);
        }
    }

    void addAll(List<String> warnings) {
        warnings.forEach(this::add);
    }

    List<String> list() {
        return List.copyOf(list);
    }
}
