package org.careerbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.handwritten.Fence;
import org.careerbench.handwritten.HandWrittenFile;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.handwritten.YamlNode;

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
 * @param dropLate         drop salaries dated after the latest effective date of the run (default true) or keep
 *                         them flagged
 */
public record QualityPolicy(boolean dropDuplicates, double salaryFloor, double salaryCeiling,
        boolean dropImplausible, String currency, String ratesFile, boolean dropLate) {

    /** The defaults stated in docs/data.md. */
    public static final QualityPolicy DEFAULT = new QualityPolicy(true, 10_000, 2_000_000, true, "USD", "rates.csv",
            true);

    /**
     * The policy of an input folder: its {@code quality.yaml}, or the defaults.
     *
     * @throws DataException listing every mistake of the file, each at its line
     * @throws IOException   when the file cannot be read
     */
    public static QualityPolicy of(Path folder) throws IOException, DataException {
        Path file = folder.resolve("quality.yaml");
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Problems problems = new Problems();
        Optional<YamlNode> parsed = HandWrittenFile.yaml(file, new Fence(folder), "a YAML quality policy", problems);
        if (parsed.isEmpty()) {
            DataException.throwIfAny(problems);
        }
        YamlNode root = parsed.orElse(new YamlNode.Mapping(List.of(), 1));
        KeyReader r = KeyReader.of(file, root, "the quality policy", problems);
        Map<String, Boolean> dropOrKeep = new LinkedHashMap<>();
        dropOrKeep.put("drop", true);
        dropOrKeep.put("keep", false);
        boolean duplicates = r.oneOf("duplicates", dropOrKeep).orElse(DEFAULT.dropDuplicates);
        double floor = r.number("salary-floor", -1e-9, 1e12, "10000").orElse(DEFAULT.salaryFloor);
        double ceiling = r.number("salary-ceiling", -1e-9, 1e12, "2000000").orElse(DEFAULT.salaryCeiling);
        if (floor >= ceiling) {
            r.problem("salary-ceiling", Problem.Kind.UNKNOWN_VALUE, "salary-ceiling " + ceiling + " is not above "
                    + "salary-floor " + floor + ", expected floor < ceiling");
        }
        boolean implausible = r.oneOf("implausible", dropOrKeep).orElse(DEFAULT.dropImplausible);
        String currency = r.text("currency", DEFAULT.currency);
        boolean late = r.oneOf("after-effective-date", dropOrKeep).orElse(DEFAULT.dropLate);
        r.finish();
        DataException.throwIfAny(problems);
        return new QualityPolicy(duplicates, floor, ceiling, implausible, currency, DEFAULT.ratesFile, late);
    }
}
