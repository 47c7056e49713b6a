package org.careerbench.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.careerbench.diagnostics.Problem;

/**
 * Turns one source's records, as they arrive, into validated rows: the part of reading a
 * dataset that is the same for a CSV file, a worksheet and a query. The mapping's filters,
 * unpivot and value maps apply; each valid row goes to the sink as soon as it is read; problems
 * are kept (the first {@value DatasetReader#MAX_LISTED_PER_FILE} in full, the rest counted) and
 * thrown together by {@link #finish()}. One use per source; not thread-safe.
 */
final class RecordIntake {
    private final Layout layout;
    private final QualityLedger ledger;
    private final Consumer<DataRow> sink;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> rowProblems = new ArrayList<>();
    private final Set<QualityReason> applied = EnumSet.noneOf(QualityReason.class);
    private final Consumer<QualityReason> apply = applied::add;
    private long records;
    private long accepted;
    private long unlisted;

    /** @throws DataException when the header lacks a required column or names one twice */
    RecordIntake(Layout layout, QualityLedger ledger, Consumer<DataRow> sink) throws DataException {
        List<Problem> header = layout.headerProblems();
        if (!header.isEmpty()) {
            throw new DataException(header);
        }
        this.layout = layout;
        this.ledger = ledger;
        this.sink = sink;
    }

    /**
     * Takes one record.
     *
     * @param line        its line (a CSV file's first physical line, a sheet's row, a query's row)
     * @param fingerprint a hash of every field, equal for equal records
     * @param repeat      whether an earlier record of the source had the same fingerprint
     */
    void accept(Fields record, long line, long fingerprint, boolean repeat) {
        records++;
        if (!layout.passesFilters(record)) {
            ledger.count(layout.mapping.dataset(), QualityReason.EXCLUDED_BY_MAPPING);
            return;
        }
        boolean ragged = record.size() != layout.header.size();
        for (int variant = 0; variant < layout.rowsPerRecord(); variant++) {
            applied.clear();
            rowProblems.clear();
            Object[] values = new Object[layout.schema.columns().size()];
            Marker[] markers = new Marker[values.length];
            if (ragged) {
                rowProblems.add(layout.place.problem(line, 0, "", record.size() + " fields",
                        layout.header.size() + " fields, as in the header"));
            } else {
                layout.parse(record, line, values, markers, apply, rowProblems, variant);
            }
            if (rowProblems.isEmpty()) {
                if (!applied.isEmpty()) {
                    applied.forEach(r -> ledger.count(layout.mapping.dataset(), r));
                }
                sink.accept(new DataRow(layout.file, line, layout.schema, values, markers, fingerprint, repeat));
                accepted++;
            } else {
                problem(rowProblems);
            }
            if (ragged) {
                break;
            }
        }
    }

    /** A problem of the source found outside the layout (a cell's formula without a result, say). */
    void problem(List<Problem> found) {
        if (problems.size() < DatasetReader.MAX_LISTED_PER_FILE) {
            problems.addAll(found);
        } else {
            unlisted += found.size();
        }
    }

    /**
     * @return the records taken and the rows passed on
     * @throws DataException listing every problem found
     */
    Counts finish() throws DataException {
        if (!problems.isEmpty()) {
            List<Problem> all = new ArrayList<>(problems);
            if (unlisted > 0) {
                all.add(layout.place.problem(0, 0, "", unlisted + " further problems not listed", "none"));
            }
            throw new DataException(all);
        }
        return new Counts(records, accepted);
    }
}
