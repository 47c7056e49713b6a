package org.careerbench.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.Figure;
import org.careerbench.report.LiveValue;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.TableBlock;
import org.careerbench.report.assembly.Disclosures;

/**
 * Checks a published period's files against what its reports withhold and whom they are for:
 * <ul>
 * <li>no withheld figure appears in any file of its template — a workbook recalculated, a PDF and a
 *     page read as text, the figures file — except where a figure the same report publishes shows
 *     the same number (an odd count's median is one of its salaries, which a withheld cell may hold too);</li>
 * <li>no salary behind a withheld median appears in a workbook (at full precision), except as such a
 *     published figure;</li>
 * <li>no withheld mean follows from the published means and counts (complementary suppression);</li>
 * <li>in a burst, no file of one group holds another group's salaries or figures (at full precision
 *     in a workbook), nor two neighbouring numbers of another group's table row that its own reports
 *     do not also show.</li>
 * </ul>
 * Files that are not there (another shard's) are passed over.
 */
public final class DisclosureAudit {
    /**
     * What one template published.
     *
     * @param reports     its reports, one per format and burst group
     * @param disclosures what each report shows and withholds, in the same order
     * @param burst       whether its reports are one group each
     */
    public record Published(List<Report> reports, List<Disclosures> disclosures, boolean burst) {
        public Published {
            reports = List.copyOf(reports);
            disclosures = List.copyOf(disclosures);
        }
    }

    private final boolean recalculate;

    /** An audit that recalculates every workbook with POI's evaluator. */
    public DisclosureAudit() {
        this(true);
    }

    /**
     * @param recalculate false to read workbooks as stored: for one another program (LibreOffice,
     *                    Excel) has recalculated and saved
     */
    public DisclosureAudit(boolean recalculate) {
        this.recalculate = recalculate;
    }

    /** A table row too long to compare pair by pair is microdata, checked value by value instead. */
    private static final int MAX_ROWS = 10_000;

    /**
     * Every finding in {@code folder}, the period's published folder, for the {@code templates}
     * built from the same input; empty when nothing is given away.
     *
     * @throws IOException when a file cannot be read
     */
    public List<Finding> audit(Path folder, List<Published> templates) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Disclosures.Secret> everySecret = new ArrayList<>();
        for (Published t : templates) {
            List<Disclosures.Secret> secrets = new ArrayList<>();
            Set<Double> withheldSalaries = new LinkedHashSet<>();
            for (Disclosures d : t.disclosures()) {
                secrets.addAll(d.secrets());
                for (double s : d.withheldSalaries()) {
                    withheldSalaries.add(s);
                }
            }
            everySecret.addAll(secrets);
            for (int i = 0; i < t.reports().size(); i++) {
                Report report = t.reports().get(i);
                Path file = folder.resolve(report.fileName());
                for (String d : t.disclosures().get(i).disclosed()) {
                    findings.add(new Finding(report.fileName(), "", d));
                }
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Numbers numbers = new Numbers(new NumbersInFiles(recalculate).read(file));
                List<Double> explained = report.figures().rows().stream().filter(f -> f.value().isPresent())
                        .map(f -> f.value().getAsDouble()).toList();
                // A number the report publishes as a figure of its own is no disclosure, even where it
                // equals a withheld one (an odd count's median is one of its salaries, which another cell
                // may share).
                for (Disclosures.Secret s : secrets) {
                    for (FoundNumber n : numbers.showing(s.value())) {
                        if (explained.stream().noneMatch(n::shows)) {
                            findings.add(new Finding(report.fileName(), n.where(), "a withheld "
                                    + s.statistic().label() + " (n = " + s.n() + ") can be read: " + n.value()));
                        }
                    }
                }
                for (double salary : withheldSalaries) {
                    if (explained.stream().anyMatch(e -> cents(e) == cents(salary))) {
                        continue;
                    }
                    for (FoundNumber n : numbers.exactly(salary)) {
                        findings.add(new Finding(report.fileName(), n.where(), "a salary behind a withheld median "
                                + "can be read: " + n.value()));
                    }
                }
                if (t.burst()) {
                    otherGroups(t, i, numbers, findings);
                }
            }
        }
        Path figures = folder.resolve("figures.csv");
        if (Files.isRegularFile(figures)) {
            Numbers numbers = new Numbers(new NumbersInFiles(recalculate).read(figures));
            for (Disclosures.Secret s : everySecret) {
                for (FoundNumber n : numbers.exactly(s.value())) {
                    findings.add(new Finding("figures.csv", n.where(), "a withheld " + s.statistic().label()
                            + " (n = " + s.n() + ") can be read: " + n.value()));
                }
            }
        }
        return findings;
    }

    /** Another group's salaries, figures and table rows in the {@code at}-th report's file. */
    private static void otherGroups(Published t, int at, Numbers numbers, List<Finding> findings) {
        Report own = t.reports().get(at);
        String group = group(own);
        Set<Long> ownSalaries = new HashSet<>();
        Set<Long> ownFigures = new HashSet<>();
        Set<List<Long>> ownPairs = new HashSet<>();
        List<Integer> others = new ArrayList<>();
        for (int j = 0; j < t.reports().size(); j++) {
            Report r = t.reports().get(j);
            if (group(r).equals(group)) {
                for (double s : t.disclosures().get(j).populationSalaries()) {
                    ownSalaries.add(cents(s));
                }
                figureValues(r).forEach(v -> ownFigures.add(cents(v)));
                ownPairs.addAll(pairs(r));
            } else {
                others.add(j);
            }
        }
        Set<Long> reported = new HashSet<>();
        for (int j : others) {
            Report other = t.reports().get(j);
            for (double s : t.disclosures().get(j).populationSalaries()) {
                if (!ownSalaries.contains(cents(s)) && reported.add(cents(s))) {
                    for (FoundNumber n : numbers.exactly(s)) {
                        findings.add(new Finding(own.fileName(), n.where(), "a salary of another group ("
                                + group(other) + ") can be read: " + n.value()));
                    }
                }
            }
            for (double v : figureValues(other)) {
                if (!ownFigures.contains(cents(v)) && reported.add(cents(v))) {
                    for (FoundNumber n : numbers.exactly(v)) {
                        findings.add(new Finding(own.fileName(), n.where(), "a figure of another group ("
                                + group(other) + ") can be read: " + n.value()));
                    }
                }
            }
            for (List<Long> pair : pairs(other)) {
                if (!ownPairs.contains(pair)) {
                    numbers.pair(pair.get(0) / 100.0, pair.get(1) / 100.0).ifPresent(n -> findings.add(new Finding(
                            own.fileName(), n.where(), "a row of another group's table (" + group(other) + ") can "
                            + "be read: " + pair.get(0) / 100.0 + ", " + pair.get(1) / 100.0)));
                }
            }
        }
    }

    /** A report's group: its file name without the extension (one group's PDF and page share it). */
    private static String group(Report r) {
        String name = r.fileName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The money figures of a report (counts left out: small counts are everywhere). */
    private static List<Double> figureValues(Report r) {
        List<Double> values = new ArrayList<>();
        for (Figure f : r.figures().rows()) {
            if (f.value().isPresent() && !f.statistic().equals("n") && Math.abs(f.value().getAsDouble()) >= 100) {
                values.add(f.value().getAsDouble());
            }
        }
        return values;
    }

    /** Neighbouring numbers of every table row and chart series of a report, rounded to whole units, in cents. */
    private static Set<List<Long>> pairs(Report r) {
        Set<List<Long>> pairs = new HashSet<>();
        for (Section s : r.sections()) {
            for (Block b : s.blocks()) {
                TableBlock table = b instanceof TableBlock t ? t : b instanceof ChartBlock c ? c.data() : null;
                if (table == null || table.rows().size() > MAX_ROWS) {
                    continue;
                }
                for (List<Object> row : table.rows()) {
                    Double before = null;
                    for (Object cell : row) {
                        Double v = number(cell);
                        if (v != null && before != null && Math.abs(v) >= 1000 && Math.abs(before) >= 1000) {
                            pairs.add(List.of(Math.round(before) * 100, Math.round(v) * 100));
                        }
                        before = v;
                    }
                }
            }
        }
        return pairs;
    }

    private static Double number(Object cell) {
        Object v = cell instanceof LiveValue live ? live.cached() : cell;
        return v instanceof Number n ? n.doubleValue() : null;
    }

    private static long cents(double v) {
        return Math.round(v * 100);
    }

    /** A file's numbers, indexed for lookups by value. */
    private static final class Numbers {
        private final List<FoundNumber> all;
        private final Map<Long, List<FoundNumber>> exact = new HashMap<>();
        private final Map<Integer, Map<Long, List<FoundNumber>>> shown = new HashMap<>();
        private final Map<Integer, List<FoundNumber>> byToken = new HashMap<>();

        Numbers(List<FoundNumber> all) {
            this.all = all;
            for (FoundNumber n : all) {
                if (n.decimals() < 0) {
                    exact.computeIfAbsent(cents(n.value()), k -> new ArrayList<>()).add(n);
                } else {
                    shown.computeIfAbsent(n.decimals(), k -> new HashMap<>())
                            .computeIfAbsent(scaled(n.value(), n.decimals()), k -> new ArrayList<>()).add(n);
                }
                if (n.token() >= 0) {
                    byToken.computeIfAbsent(n.token(), k -> new ArrayList<>()).add(n);
                }
            }
        }

        private static long scaled(double v, int decimals) {
            return Math.round(v * Math.pow(10, decimals));
        }

        /** Numbers stored at full precision equal to {@code v} to the cent. */
        List<FoundNumber> exactly(double v) {
            List<FoundNumber> found = new ArrayList<>();
            long c = cents(v);
            for (long k = c - 1; k <= c + 1; k++) {
                for (FoundNumber n : exact.getOrDefault(k, List.of())) {
                    if (n.shows(v)) {
                        found.add(n);
                    }
                }
            }
            return found;
        }

        /** Numbers that show {@code v}: at full precision, or rounded as shown (whole units at least). */
        List<FoundNumber> showing(double v) {
            List<FoundNumber> found = new ArrayList<>(exactly(v));
            shown.forEach((decimals, index) -> {
                if (Math.abs(v) >= 100 || decimals > 0) {
                    for (FoundNumber n : index.getOrDefault(scaled(v, decimals), List.of())) {
                        if (n.shows(v)) {
                            found.add(n);
                        }
                    }
                }
            });
            return found;
        }

        /** The first place where {@code a} is followed by {@code b}, each as shown in whole units. */
        java.util.Optional<FoundNumber> pair(double a, double b) {
            for (FoundNumber n : shown.getOrDefault(0, Map.of()).getOrDefault(Math.round(a), List.of())) {
                if (n.token() < 0) {
                    continue;
                }
                for (FoundNumber next : byToken.getOrDefault(n.token() + 1, List.of())) {
                    if (next.decimals() == 0 && Math.round(next.value()) == Math.round(b)) {
                        return java.util.Optional.of(n);
                    }
                }
            }
            return java.util.Optional.empty();
        }

        @Override
        public String toString() {
            return all.size() + " numbers";
        }
    }
}
