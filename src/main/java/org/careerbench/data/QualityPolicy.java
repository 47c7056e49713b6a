package org.careerbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How ingestion treats suspicious salary rows. Read from {@code quality.yaml} in the input
 * folder when present; every key is optional.
 *
 * @param dropDuplicates   drop rows identical in every column to an earlier row (default true)
 * @param salaryFloor      annual salaries below it are implausible (default 10,000: often monthly pay)
 * @param salaryCeiling    annual salaries above it are implausible (default 2,000,000)
 * @param dropImplausible  drop implausible rows (default true) or keep them flagged
 * @param currency         the reporting currency every salary is converted to (default USD)
 * @param ratesFile        the exchange-rate dataset's file (rates.csv, or rates.mapping.yaml), for messages
 */
public record QualityPolicy(boolean dropDuplicates, double salaryFloor, double salaryCeiling,
        boolean dropImplausible, String currency, String ratesFile) {

    /** The defaults stated in the README. */
    public static final QualityPolicy DEFAULT = new QualityPolicy(true, 10_000, 2_000_000, true, "USD", "rates.csv");

    static final List<String> KEYS = List.of("duplicates", "salary-floor", "salary-ceiling", "implausible",
            "currency");

    /** The policy of an input folder: its {@code quality.yaml}, or the defaults. */
    public static QualityPolicy of(Path folder) throws IOException, DataException {
        Path file = folder.resolve("quality.yaml");
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        YamlDocument y = YamlDocument.load(file);
        Map<String, Object> r = y.root;
        y.requireKnownKeys(r, KEYS, "the quality policy");
        String duplicates = y.text(r, "duplicates", "drop");
        String implausible = y.text(r, "implausible", "drop");
        for (String[] kv : new String[][] {{"duplicates", duplicates}, {"implausible", implausible}}) {
            if (!kv[1].equals("drop") && !kv[1].equals("keep")) {
                throw y.error(kv[0], "'" + kv[1] + "'", "drop or keep");
            }
        }
        double floor = number(y, r, "salary-floor", DEFAULT.salaryFloor);
        double ceiling = number(y, r, "salary-ceiling", DEFAULT.salaryCeiling);
        if (floor >= ceiling) {
            throw y.error("salary-ceiling", "ceiling " + ceiling + " not above floor " + floor, "floor < ceiling");
        }
        return new QualityPolicy(duplicates.equals("drop"), floor, ceiling, implausible.equals("drop"),
                y.text(r, "currency", DEFAULT.currency), DEFAULT.ratesFile);
    }

    private static double number(YamlDocument y, Map<String, Object> r, String key, double fallback)
            throws DataException {
        Object v = r.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && n.doubleValue() >= 0) {
            return n.doubleValue();
        }
        throw y.error(key, "'" + v + "'", "a number >= 0");
    }
}
