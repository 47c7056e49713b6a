package org.careerbench.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Loads every dataset of an input folder.
 *
 * <p>For each dataset the folder holds either {@code <dataset>.mapping.yaml} (which names its
 * export file, see {@link SourceMapping}) or {@code <dataset>.csv} in the project's own
 * columns. The datasets of {@link StandardSchemas#ALL} are required, those of
 * {@link StandardSchemas#OPTIONAL} are read when present. {@code quality.yaml}, when present,
 * sets the {@link QualityPolicy}. All files are read even when an earlier one fails, so one
 * run reports every problem of the folder.
 */
public final class InputLoader {
    private final DatasetReader reader = new DatasetReader();
    private final Charset charset;
    private final java.util.function.LongConsumer salaryRows;

    /** Files are UTF-8 unless their mapping says otherwise. */
    public InputLoader() {
        this(StandardCharsets.UTF_8);
    }

    /** @param charset encoding of files whose mapping does not name one (the {@code --encoding} option) */
    public InputLoader(Charset charset) {
        this(charset, rows -> { });
    }

    /**
     * @param charset    encoding of files whose mapping does not name one
     * @param salaryRows told the number of salary rows read so far, every {@value #PROGRESS_EVERY} rows
     */
    public InputLoader(Charset charset, java.util.function.LongConsumer salaryRows) {
        this.charset = charset;
        this.salaryRows = salaryRows;
    }

    static final long PROGRESS_EVERY = 100_000;

    /**
     * @param folder the input folder, e.g. {@code input/}
     * @throws DataException listing every problem in every file
     * @throws IOException   when a present file cannot be read
     */
    public InputData load(Path folder) throws DataException, IOException {
        List<DataProblem> problems = new ArrayList<>();
        QualityLedger ledger = new QualityLedger();
        QualityPolicy policy = QualityPolicy.DEFAULT;
        try {
            policy = QualityPolicy.of(folder);
        } catch (DataException e) {
            problems.addAll(e.problems());
        }
        List<InputFile> files = new ArrayList<>();
        Map<String, Double> rates = new HashMap<>();
        Map<String, String> rateDates = new HashMap<>();
        for (DataRow r : rows(folder, StandardSchemas.RATES, ledger, files, problems)) {
            rates.put(r.text("currency"), r.number("units_per_usd"));
            rateDates.put(r.text("currency"), r.text("as_of"));
        }
        SalaryIngest salaries = new SalaryIngest(policy, rates, ledger);
        long[] seen = {0};
        read(folder, StandardSchemas.SALARIES, ledger, files, problems, row -> {
            salaries.accept(row);
            if (++seen[0] % PROGRESS_EVERY == 0) {
                salaryRows.accept(seen[0]);
            }
        });
        problems.addAll(salaries.problems());
        for (String c : salaries.convertedCurrencies()) {
            ledger.note("salaries: " + c + " converted to " + policy.currency() + " at " + rates.get(c) + " " + c
                    + " per USD (" + policy.ratesFile() + ", as of " + rateDates.get(c) + ")"
                    + (policy.currency().equals("USD") ? "" : " and " + rates.get(policy.currency()) + " "
                    + policy.currency() + " per USD (as of " + rateDates.get(policy.currency()) + ")"));
        }
        List<PublishedRange> ranges = map(rows(folder, StandardSchemas.SALARY_RANGES, ledger, files, problems),
                PublishedRange::from);
        List<RegionalDifferential> differentials = map(rows(folder, StandardSchemas.REGIONAL_DIFFERENTIALS, ledger,
                files, problems), RegionalDifferential::from);
        List<MarketIndicator> market = map(rows(folder, StandardSchemas.MARKET, ledger, files, problems),
                MarketIndicator::from);
        List<SkillDemand> skills = map(rows(folder, StandardSchemas.SKILLS, ledger, files, problems), SkillDemand::from);
        List<SourceNote> sources = map(rows(folder, StandardSchemas.SOURCES, ledger, files, problems), SourceNote::from);
        List<SurveyPercentiles> surveys = map(rows(folder, StandardSchemas.SURVEY_PERCENTILES, ledger, files,
                problems), SurveyPercentiles::from);
        List<Employee> roster = map(rows(folder, StandardSchemas.ROSTER, ledger, files, problems), Employee::from);
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new InputData(salaries.observations(), ranges, differentials, market, skills, sources, surveys, roster,
                files, policy, ledger.report());
    }

    private List<DataRow> rows(Path folder, DatasetSchema schema, QualityLedger ledger, List<InputFile> files,
            List<DataProblem> problems) throws IOException {
        List<DataRow> rows = new ArrayList<>();
        read(folder, schema, ledger, files, problems, rows::add);
        return rows;
    }

    private void read(Path folder, DatasetSchema schema, QualityLedger ledger, List<InputFile> files,
            List<DataProblem> problems, Consumer<DataRow> sink) throws IOException {
        try {
            Optional<SourceMapping> source = source(folder, schema);
            if (source.isEmpty()) {
                if (StandardSchemas.ALL.contains(schema)) {
                    problems.add(new DataProblem(folder.resolve(schema.fileName()).toString(), 0, 0, "",
                            "no such file", "the '" + schema.name() + "' dataset as " + schema.fileName() + " or "
                            + schema.name() + ".mapping.yaml in " + folder));
                }
                return;
            }
            SourceMapping m = source.get();
            long rows = reader.read(m, schema, ledger, sink);
            files.add(new InputFile(schema.name(), m.file(), m.source().equals(m.file()) ? null : m.source(),
                    Sha256.of(m.file()), rows));
        } catch (DataException e) {
            problems.addAll(e.problems());
        }
    }

    private Optional<SourceMapping> source(Path folder, DatasetSchema schema) throws IOException, DataException {
        Path mapping = folder.resolve(schema.name() + ".mapping.yaml");
        if (Files.isRegularFile(mapping)) {
            return Optional.of(new MappingLoader().load(mapping, schema, charset));
        }
        Path csv = folder.resolve(schema.fileName());
        if (Files.isRegularFile(csv)) {
            return Optional.of(SourceMapping.identity(schema.name(), csv, charset));
        }
        return Optional.empty();
    }

    private static <T> List<T> map(List<DataRow> rows, Function<DataRow, T> f) {
        return rows.stream().map(f).toList();
    }
}
