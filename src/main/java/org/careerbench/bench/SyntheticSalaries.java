package org.careerbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a salaries file in the project's schema with a fixed seed: the same rows for the
 * same arguments on every machine. Titles, levels, countries and sizes follow the sample's
 * categories; salaries are log-normal around a level- and region-dependent median.
 */
public final class SyntheticSalaries {
    private static final String[][] FAMILIES = {
        {"SRE & ML Infrastructure", "Site Reliability Engineer", "MLOps Engineer", "ML Infrastructure Engineer"},
        {"Platform & DevOps", "DevOps Engineer", "Platform Engineer"},
        {"Machine Learning Engineering", "Machine Learning Engineer"},
    };
    private static final String[] LEVELS = {"Entry", "Mid", "Senior", "Executive"};
    private static final double[] LEVEL_MEDIAN = {95_000, 135_000, 175_000, 210_000};
    private static final String[][] COUNTRIES = {
        {"US", "North America", "1.0"}, {"CA", "North America", "0.8"}, {"GB", "Europe", "0.65"},
        {"DE", "Europe", "0.6"}, {"FR", "Europe", "0.55"}, {"IN", "Asia-Pacific", "0.3"},
        {"AU", "Asia-Pacific", "0.7"}, {"BR", "Latin America", "0.35"}, {"AE", "Middle East & Africa", "0.6"},
    };
    private static final String[] SIZES = {"Small", "Medium", "Large"};

    private SyntheticSalaries() {
    }

    /** Writes {@code rows} observations to {@code file}; returns its size in bytes. */
    public static long write(Path file, long rows, long seed) throws IOException {
        return write(file, rows, seed, 0);
    }

    /**
     * As {@link #write(Path, long, long)}; with {@code countries} &gt; 0 every row is in one of that
     * many made-up countries (C001, C002 …), to give a report burst that many groups.
     */
    public static long write(Path file, long rows, long seed, int countries) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("role_family,job_title,level,country,region,company_size,employment_type,remote_ratio,"
                    + "base_salary,currency,local_salary,local_currency,year\n");
            StringBuilder line = new StringBuilder(128);
            for (long i = 0; i < rows; i++) {
                String[] family = FAMILIES[random.nextInt(FAMILIES.length)];
                String title = family[1 + random.nextInt(family.length - 1)];
                int level = Math.min(3, (int) Math.abs(random.nextDouble() * 2.2 + random.nextDouble()));
                String[] country = countries > 0
                        ? new String[] {String.format(Locale.ROOT, "C%03d", 1 + random.nextInt(countries)), "Elsewhere",
                            "1.0"}
                        : COUNTRIES[random.nextInt(10) < 6 ? 0 : random.nextInt(COUNTRIES.length)];
                double median = LEVEL_MEDIAN[level] * Double.parseDouble(country[2]);
                double salary = Math.round(median * Math.exp(0.3 * gaussian(random)));
                line.setLength(0);
                line.append(family[0]).append(',').append(title).append(',').append(LEVELS[level]).append(',')
                        .append(country[0]).append(',').append(country[1]).append(',')
                        .append(SIZES[random.nextInt(3)]).append(",Full-time,")
                        .append(random.nextInt(3) * 50).append(',')
                        .append(String.format(Locale.ROOT, "%.0f", salary)).append(",USD,,,")
                        .append(2020 + random.nextInt(5)).append('\n');
                w.write(line.toString());
            }
        }
        return Files.size(file);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
