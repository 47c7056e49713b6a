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
 * citation. The file names and checksums are for whoever checks a run: a workbook and an analyst's
 * report show them; a PDF or page for other readers leaves them to the run's manifest.
 */
final class ProvenanceTable {
    /** Internal data, not a published source: never cited. */
    private static final List<String> INTERNAL = List.of("roster", "sources");

    private final BuildContext ctx;

    ProvenanceTable(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** Whether this deliverable shows file names and checksums: a workbook's, or an analyst's report. */
    static boolean technical(BuildContext ctx) {
        return ctx.spec().format() == org.careerbench.report.OutputFormat.XLSX
                || ctx.spec().run().audience() == org.careerbench.report.Audience.ANALYST;
    }

    /** The sources table, with a data warning for each dataset whose source the data does not state. */
    Made<TableBlock> table(String name, String caption) {
        var w = ctx.words();
        boolean technical = technical(ctx);
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of(w.get("quality.dataset"), ValueType.TEXT),
                TableColumn.of(w.get("sources.file"), ValueType.TEXT), TableColumn.of(w.get("sources.read"),
                        ValueType.INTEGER),
                TableColumn.of(w.get("sources.kept"), ValueType.INTEGER), TableColumn.of("SHA-256", ValueType.TEXT),
                TableColumn.of(w.get("survey.source"), ValueType.TEXT), TableColumn.of(w.get("survey.as-of"),
                        ValueType.TEXT),
                TableColumn.of(w.get("sources.licence"), ValueType.TEXT)));
        if (!technical) {
            columns.remove(4);
            columns.remove(1);
        }
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
            List<Object> row = new ArrayList<>(List.of(f.dataset(), f.name(), f.rowsRead(), f.rowsKept(), f.shortSha256(),
                    source.isEmpty() ? w.get("sources.not-stated") : source, asOf, licence));
            if (!technical) {
                row.remove(4);
                row.remove(1);
            }
            rows.add(row);
        }
        notes.add(0, w.get(technical ? "sources.note" : "sources.note.reader"));
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
