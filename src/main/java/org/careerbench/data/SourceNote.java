package org.careerbench.data;

/** Where one dataset comes from, how recent it is, and under which licence. */
public record SourceNote(String dataset, String file, String source, String asOf, String licence,
        String roleFamily) {

    static SourceNote from(DataRow row) {
        return new SourceNote(row.text("dataset"), row.text("file"), row.text("source"), row.text("as_of"),
                row.text("licence"),
                row.text("role_family"));
    }
}
