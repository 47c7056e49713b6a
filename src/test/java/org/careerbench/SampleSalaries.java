package org.careerbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * An independent reading of {@code input/salaries.csv} for tests: plain line splitting and
 * its own sort-and-interpolate percentile, sharing no code with the application.
 */
public final class SampleSalaries {
    private final List<String[]> rows;
    private final List<String> header;

    private SampleSalaries(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Reads the shipped sample; fails if a line holds quotes, which plain splitting cannot handle. */
    public static SampleSalaries load() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("input", "salaries.csv"));
        if (lines.stream().anyMatch(l -> l.contains("\""))) {
            throw new IllegalStateException("sample has quoted fields; this reader only splits on commas");
        }
        return new SampleSalaries(List.of(lines.get(0).split(",", -1)),
                lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList());
    }

    /** Base salaries of rows where each column named in {@code where} (name, value, name, value …) matches. */
    public double[] baseSalaries(String... where) {
        int salary = header.indexOf("base_salary");
        return rows.stream().filter(r -> {
            for (int i = 0; i < where.length; i += 2) {
                if (!r[header.indexOf(where[i])].equals(where[i + 1])) {
                    return false;
                }
            }
            return true;
        }).mapToDouble(r -> Double.parseDouble(r[salary])).toArray();
    }

    /**
     * Like {@link #baseSalaries}, each aged compound at {@code rate} from 1 July of its year to
     * {@code effective} in whole months — written out here independently of the application.
     */
    public double[] agedBaseSalaries(java.time.LocalDate effective, double rate, String... where) {
        int salary = header.indexOf("base_salary");
        int year = header.indexOf("year");
        return rows.stream().filter(r -> {
            for (int i = 0; i < where.length; i += 2) {
                if (!r[header.indexOf(where[i])].equals(where[i + 1])) {
                    return false;
                }
            }
            return true;
        }).mapToDouble(r -> {
            int y = Integer.parseInt(r[year]);
            long months = (effective.getYear() - y) * 12L + (effective.getMonthValue() - 7);
            return Double.parseDouble(r[salary]) * Math.pow(1 + rate, months / 12.0);
        }).toArray();
    }

    /** Excel PERCENTILE.INC written out longhand: rank (n−1)p, interpolate between floor and ceiling. */
    public static double percentile(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        double rank = (v.length - 1) * p;
        int lo = (int) rank;
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (rank - lo) * (v[hi] - v[lo]);
    }
}
