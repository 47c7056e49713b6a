package org.careerbench.batch;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.careerbench.data.Sha256;
import org.careerbench.report.Figure;
import org.careerbench.report.Report;

/**
 * The period's figures as one tidy table, {@code figures.csv}, beside the deliverables and listed
 * in the manifest: one row per published figure of every report — key figures and the cells of
 * salary tables — with what it is, its value and the basis it was computed on. A spreadsheet or
 * a BI tool loads it as it is; later periods compare with it.
 */
final class FiguresFile {
    /** The file's name in a period's folder. */
    static final String NAME = "figures.csv";
    /** Its columns, in order. */
    static final List<String> COLUMNS = List.of("period", "report", "block", "keys", "statistic", "value", "n",
            "withheld", "effective_date", "method");

    private FiguresFile() {
    }

    /** Writes the figures of {@code reports} into {@code folder} and describes the file written. */
    static OutputFile write(String period, List<Report> reports, Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(COLUMNS);
            for (Report r : reports) {
                String date = r.figures().effectiveDate().map(Object::toString).orElse("");
                for (Figure f : r.figures().rows()) {
                    csv.printRecord(period, r.fileName(), f.block(), f.keys(), f.statistic(),
                            f.value().isPresent() ? plain(f.value().getAsDouble()) : "",
                            f.n().isPresent() ? Long.toString(f.n().getAsLong()) : "", f.withheld(), date,
                            r.figures().method());
                }
            }
        }
        return new OutputFile(NAME, Files.size(file), Sha256.of(file));
    }

    /** A number as plain decimals, whole numbers without a point: 156, 195370.63675382314, 0.085. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

}
