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
import org.careerbench.report.assembly.Earlier;

/**
 * The period's figures as one tidy table, {@code figures.csv}, beside the deliverables and listed
 * in the manifest: one row per published figure of every report — key figures and the cells of
 * salary tables — with what it is, its value and the basis it was computed on. A spreadsheet or
 * a BI tool loads it as it is; later periods compare with it. Each row names the audience of the
 * report it belongs to, and its method the suppression rule applied. The file itself holds every
 * report's figures, withheld ones blank: it is for the analysts who run CareerBench.
 */
final class FiguresFile {
    /** The file's name in a period's folder. */
    static final String NAME = "figures.csv";
    /** Its columns, in order. */
    static final List<String> COLUMNS = List.of("period", "report", "block", "keys", "statistic", "value", "n",
            "withheld", "effective_date", "method", "label", "shown", "audience");

    private FiguresFile() {
    }

    /**
     * Writes the figures of {@code reports}, then the run's input figures (with an empty report),
     * into {@code folder} and describes the file written.
     */
    static OutputFile write(String period, List<Report> reports, List<Figure> inputs, Path folder)
            throws IOException {
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
                            r.figures().method(), f.label(), f.shown(), r.audience().word());
                }
            }
            for (Figure f : inputs) {
                csv.printRecord(period, "", f.block(), f.keys(), f.statistic(),
                        f.value().isPresent() ? plain(f.value().getAsDouble()) : "", "", f.withheld(), "", "",
                        f.label(), "", "");
            }
        }
        return new OutputFile(NAME, Files.size(file), Sha256.of(file), "");
    }

    /**
     * The figures of the newest period published in {@code outputRoot} before {@code period}, if
     * one with a figures file is there.
     *
     * @throws IOException when that file cannot be read
     */
    static java.util.Optional<Earlier> earlier(Path outputRoot, java.time.YearMonth period) throws IOException {
        return newestBefore(outputRoot, period, null);
    }

    /** The figures of exactly {@code period}, if it is published in {@code outputRoot} with a figures file. */
    static java.util.Optional<Earlier> of(Path outputRoot, java.time.YearMonth period) throws IOException {
        return newestBefore(outputRoot, period.plusMonths(1), period);
    }

    private static java.util.Optional<Earlier> newestBefore(Path outputRoot, java.time.YearMonth period,
            java.time.YearMonth only) throws IOException {
        java.time.YearMonth best = null;
        for (java.time.YearMonth m : PeriodFolder.published(outputRoot, NAME).headMap(period).keySet()) {
            if (only == null || m.equals(only)) {
                best = m;
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(read(outputRoot, best));
    }

    /**
     * The figures of the {@code n} newest periods published in {@code outputRoot} before
     * {@code period}, oldest first.
     *
     * @throws IOException when one of their figures files cannot be read
     */
    static List<Earlier> before(Path outputRoot, java.time.YearMonth period, int n) throws IOException {
        List<java.time.YearMonth> months = new java.util.ArrayList<>(PeriodFolder.published(outputRoot, NAME)
                .headMap(period).keySet());
        List<Earlier> list = new java.util.ArrayList<>();
        for (java.time.YearMonth m : months.subList(Math.max(0, months.size() - n), months.size())) {
            list.add(read(outputRoot, m));
        }
        return list;
    }

    private static Earlier read(Path outputRoot, java.time.YearMonth best) throws IOException {
        List<Earlier.Row> rows = new java.util.ArrayList<>();
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.builder()
                .setPath(outputRoot.resolve(best.toString()).resolve(NAME)).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (org.apache.commons.csv.CSVRecord r : p) {
                String value = r.get("value");
                String n = r.get("n");
                rows.add(new Earlier.Row(r.get("report"), new Figure(r.get("block"), r.get("keys"), r.get("statistic"),
                        value.isEmpty() ? java.util.OptionalDouble.empty()
                                : java.util.OptionalDouble.of(Double.parseDouble(value)),
                        n.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(Long.parseLong(n)),
                        Boolean.parseBoolean(r.get("withheld")), optional(r, "label"), optional(r, "shown")),
                        r.get("method")));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(outputRoot.resolve(best.toString()).resolve(NAME) + " is not a figures file this "
                    + "version reads (" + e.getMessage() + ")", e);
        }
        return new Earlier(best, rows);
    }

    /** A column later versions added, empty in a file written before them. */
    private static String optional(org.apache.commons.csv.CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column) : "";
    }

    /** A number as plain decimals, whole numbers without a point: 156, 195370.63675382314, 0.085. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

}
