package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerbench.data.InputFile;
import org.careerbench.data.SourceNote;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.template.DatasetUse;

/**
 * Where a report's figures come from, from what the run actually read: per dataset the file
 * read (the export behind a mapping), its rows read and kept, a short SHA-256, and the source,
 * date and licence stated for it — by the file's mapping, or by the {@code sources} dataset when
 * its row names that very file. A row of {@code sources} describing another file is stale; a
 * dataset with no stated source is unstated; both are a run warning and a visible note, never a
 * citation.
 */
final class ProvenanceTable {
    /** Internal data, not a published source: never cited. */
    private static final List<String> INTERNAL = List.of("roster", "sources");

    private final BuildContext ctx;

    ProvenanceTable(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** The sources table, with a data warning for each dataset whose source the data does not state. */
    Made<TableBlock> table(String name, String caption) {
        var w = ctx.words();
        List<TableColumn> columns = List.of(TableColumn.of(w.get("quality.dataset"), ValueType.TEXT),
                TableColumn.of(w.get("sources.file"), ValueType.TEXT), TableColumn.of(w.get("sources.read"),
                        ValueType.INTEGER),
                TableColumn.of(w.get("sources.kept"), ValueType.INTEGER), TableColumn.of("SHA-256", ValueType.TEXT),
                TableColumn.of(w.get("survey.source"), ValueType.TEXT), TableColumn.of(w.get("survey.as-of"),
                        ValueType.TEXT),
                TableColumn.of(w.get("sources.licence"), ValueType.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        java.util.Set<String> read = DatasetUse.of(List.of(ctx.spec())).keySet();
        for (InputFile f : ctx.data().files()) {
            if (INTERNAL.contains(f.dataset()) || !used(f.dataset(), read)) {
                continue;
            }
            String file = f.path().getFileName().toString();
            String source = "";
            String asOf = "";
            String licence = "";
            if (f.provenance().stated()) {
                source = f.provenance().source();
                asOf = f.provenance().asOf();
                licence = f.provenance().licence();
            } else {
                List<SourceNote> stated = ctx.references().sources().stream()
                        .filter(s -> s.dataset().equals(f.dataset())).toList();
                Optional<SourceNote> same = stated.stream().filter(s -> s.file().equals(file)).findFirst();
                if (same.isPresent()) {
                    source = same.get().source();
                    asOf = same.get().asOf();
                    licence = same.get().licence();
                } else if (!stated.isEmpty()) {
                    note(notes, warnings, w.get("sources.note.other-file", stated.get(0).file(), f.dataset(), file));
                } else {
                    note(notes, warnings, w.get("sources.note.none", f.dataset(), file));
                }
            }
            rows.add(List.of(f.dataset(), file, f.rowsRead(), f.rowsKept(), f.shortSha256(),
                    source.isEmpty() ? w.get("sources.not-stated") : source, asOf, licence));
        }
        notes.add(0, w.get("sources.note"));
        return Made.warned(new TableBlock(name, caption, columns, rows, notes), warnings);
    }

    private void note(List<String> notes, List<String> warnings, String text) {
        notes.add(text);
        warnings.add(ctx.file().getFileName() + ": " + text);
    }

    /**
     * Whether this report uses rows of {@code dataset}: its template has a block that reads it, and
     * rows of it apply to the report's role family.
     */
    private boolean used(String dataset, java.util.Set<String> read) {
        ReferenceData r = ctx.references();
        if (!dataset.equals("salaries") && !dataset.equals("rates") && !read.contains(dataset)) {
            return false;
        }
        return switch (dataset) {
            case "salaries", "rates" -> true;
            case "salary-ranges" -> !r.ranges().isEmpty();
            case "market" -> !r.market().isEmpty();
            case "skills" -> !r.skills().isEmpty();
            case "survey-percentiles" -> !r.surveys().isEmpty();
            case "regional-differentials" -> !r.differentials().isEmpty();
            default -> true;
        };
    }
}
