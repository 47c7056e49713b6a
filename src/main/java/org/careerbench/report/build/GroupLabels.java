package org.careerbench.report.build;

import java.util.List;

/**
 * How a group's value is shown: as written, or "—" when the data leaves it blank, so that a
 * group without a value is a labelled row or bar, never an unlabelled one.
 */
final class GroupLabels {
    /** The label of a group whose value is blank in the data. */
    static final String BLANK = "— (not given)";

    private GroupLabels() {
    }

    static String shown(String value) {
        return value == null || value.isBlank() ? BLANK : value;
    }

    static List<Object> shown(List<String> key) {
        return key.stream().<Object>map(GroupLabels::shown).toList();
    }
}
