package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.Words;
import org.careerbench.template.ValueLabels;

/**
 * How a group's value is shown: as written, or "— (not given)" in the reader's language when
 * the data leaves it blank, so that a group without a value is a labelled row or bar, never an
 * unlabelled one. In a PDF or web page, a country, region or other value the template labels
 * ({@code labels:}) is shown by its label — "Europa" in a German report. A level's label is an
 * adjective for prose ("erfahrene"), so levels keep the data's word; and a workbook keeps every
 * value as the data has it, since its formulas match them against the observations.
 */
final class GroupLabels {
    private final String blank;
    private final ValueLabels labels;
    private final boolean reader;

    GroupLabels(Words words) {
        this(words, ValueLabels.NONE, false);
    }

    /**
     * @param labels the template's labels of values
     * @param reader whether the deliverable is read as it is (a PDF or page), not recalculated (a workbook)
     */
    GroupLabels(Words words, ValueLabels labels, boolean reader) {
        this.blank = words.get("group.blank");
        this.labels = labels;
        this.reader = reader;
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

    /** A value of {@code column} as the reader sees it: its label where the template gives one and may. */
    String shown(SalaryDimension column, String value) {
        if (!reader || value == null || value.isBlank() || column == SalaryDimension.LEVEL
                || column == SalaryDimension.ROLE_FAMILY) {
            return shown(value);
        }
        return labels.of(column, value).map(ValueLabels.Label::text).orElse(value);
    }

    /**
     * A value whose column is not known — a key of a figure in figures.csv ("Europe | Senior") —
     * as the reader sees it: by the label the template gives that value in a labelled column
     * other than level or role family, when exactly one such label exists; otherwise as written.
     */
    String shownInAnyColumn(String value) {
        if (!reader || value == null || value.isBlank()) {
            return shown(value);
        }
        Set<String> found = new TreeSet<>();
        labels.labels().forEach((column, byValue) -> {
            ValueLabels.Label label = byValue.get(value);
            if (label != null && column != SalaryDimension.LEVEL && column != SalaryDimension.ROLE_FAMILY) {
                found.add(label.text());
            }
        });
        return found.size() == 1 ? found.iterator().next() : value;
    }

    /** A row's key, one value per column of {@code columns}, as the reader sees it. */
    List<Object> shown(List<SalaryDimension> columns, List<String> key) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            out.add(i < columns.size() ? shown(columns.get(i), key.get(i)) : shown(key.get(i)));
        }
        return out;
    }
}
