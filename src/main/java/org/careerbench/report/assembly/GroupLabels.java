package org.careerbench.report.assembly;

import java.util.List;
import org.careerbench.report.Words;

/**
 * How a group's value is shown: as written, or "— (not given)" in the reader's language when
 * the data leaves it blank, so that a group without a value is a labelled row or bar, never an
 * unlabelled one.
 */
final class GroupLabels {
    private final String blank;

    GroupLabels(Words words) {
        this.blank = words.get("group.blank");
    }

    /** The label of a group whose value is blank in the data. */
    String blank() {
        return blank;
    }

    String shown(String value) {
        return value == null || value.isBlank() ? blank : value;
    }

    List<Object> shown(List<String> key) {
        return key.stream().<Object>map(this::shown).toList();
    }
}
