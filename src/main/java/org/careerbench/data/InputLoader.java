package org.careerbench.data;

import org.careerbench.diagnostics.Problem;
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
    private QueryReader queries = new QueryReader(System.getenv(), java.time.Clock.systemUTC());
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
     * The same loader, looking database credentials up in {@code environment} instead of the
     * process's environment (for tests, and for a caller that holds them elsewhere).
     */
    public InputLoader withEnvironment(Map<String, String> environment) {
        InputLoader copy = new InputLoader(charset, salaryRows);
        copy.queries = new QueryReader(environment, java.time.Clock.systemUTC());
        return copy;
    }

    /**
     * @param folder the input folder, e.g. {@code input/}
     * @throws DataException listing every problem in every file
     * @throws IOException   when a present file cannot be read
     */
    public InputData load(Path folder) throws DataException, IOException {
        return load(folder, Needs.EVERYTHING);
    }

    /**
     * Reads the datasets of {@code folder}; those {@code needs} names must be there, the others are
     * read when present.
     *
     * @throws DataException listing every problem in every file
     * @throws IOException   when a present file cannot be read
     */
    public InputData load(Path folder, Needs needs) throws DataException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new DataException(List.of(Problem.inData(folder.toString(), 0, 0, "", Files.exists(folder)
                    ? "a file" : "nothing there", "the input folder: a folder holding the datasets' CSV files and "
                    + "mappings")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Path>> mappings = mappings(folder, problems);
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
        Sources in = new Sources(folder, mappings, needs, ledger, files, problems);
        List<DataRow> rateRows = in.rows(StandardSchemas.RATES);
        ReferenceChecks.uniqueKeys(rateRows, List.of("currency"), "currency", problems);
        for (DataRow r : rateRows) {
            if (!(r.number("units_per_usd") > 0)) {
                problems.add(Problem.inData(r.file(), r.line(), 0, "units_per_usd", "rate " + r.number("units_per_usd"),
                        "a number above 0: units of the currency one US dollar buys"));
            }
            rates.put(r.text("currency"), r.number("units_per_usd"));
            rateDates.put(r.text("currency"), r.text("as_of"));
        }
        SalaryIngest salaries = new SalaryIngest(policy, rates, ledger, needs.latest());
        long[] seen = {0};
        in.read(StandardSchemas.SALARIES, row -> {
            salaries.accept(row);
            if (++seen[0] % PROGRESS_EVERY == 0) {
                salaryRows.accept(seen[0]);
            }
        }, () -> salaries.observations().size());
        problems.addAll(salaries.problems());
        for (String c : salaries.convertedCurrencies()) {
            ledger.note("salaries: " + c + " converted to " + policy.currency() + " at " + rates.get(c) + " " + c
                    + " per USD (" + policy.ratesFile() + ", as of " + rateDates.get(c) + ")"
                    + (policy.currency().equals("USD") ? "" : " and " + rates.get(policy.currency()) + " "
                    + policy.currency() + " per USD (as of " + rateDates.get(policy.currency()) + ")"));
        }
        List<DataRow> rangeRows = in.rows(StandardSchemas.SALARY_RANGES);
        ReferenceChecks.rangesInOrder(rangeRows, problems);
        List<PublishedRange> ranges = map(rangeRows, PublishedRange::from);
        List<RegionalDifferential> differentials = map(in.rows(StandardSchemas.REGIONAL_DIFFERENTIALS),
                RegionalDifferential::from);
        List<DataRow> marketRows = in.rows(StandardSchemas.MARKET);
        ReferenceChecks.uniqueKeys(marketRows, List.of("role_family", "indicator", "year"), "indicator and year",
                problems);
        List<MarketIndicator> market = map(marketRows, MarketIndicator::from);
        List<DataRow> skillRows = in.rows(StandardSchemas.SKILLS);
        ReferenceChecks.uniqueKeys(skillRows, List.of("role_family", "period", "rank"), "period and rank", problems);
        List<SkillDemand> skills = map(skillRows, SkillDemand::from);
        List<SourceNote> sources = map(in.rows(StandardSchemas.SOURCES), SourceNote::from);
        List<SurveyPercentiles> surveys = map(in.rows(StandardSchemas.SURVEY_PERCENTILES), SurveyPercentiles::from);
        List<Employee> roster = map(in.rows(StandardSchemas.ROSTER), Employee::from);
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new InputData(salaries.observations(), ranges, differentials, market, skills, sources, surveys, roster,
                files, policy, ledger.report());
    }

    /**
     * Every {@code *.mapping.yaml} of the folder by the dataset it feeds; a mapping naming no known
     * dataset is a problem.
     */
    private static Map<String, List<Path>> mappings(Path folder, List<Problem> problems) throws IOException {
        Map<String, List<Path>> byDataset = new java.util.LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return byDataset;
        }
        List<Path> files;
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".mapping.yaml")).sorted().toList();
        }
        List<String> known = java.util.stream.Stream.concat(StandardSchemas.ALL.stream(),
                StandardSchemas.OPTIONAL.stream()).map(DatasetSchema::name).toList();
        for (Path f : files) {
            String dataset = MappingLoader.datasetOf(f);
            if (!known.contains(dataset)) {
                problems.add(Problem.inData(f.toString(), 0, 0, "", "a mapping for dataset '" + dataset + "'"
                        + org.careerbench.diagnostics.Suggestions.didYouMean(dataset, known), "a mapping for one of " + known
                        + " (named <dataset>.mapping.yaml, or with 'dataset:' inside)"));
                continue;
            }
            byDataset.computeIfAbsent(dataset, d -> new ArrayList<>()).add(f);
        }
        return byDataset;
    }

    /** The files of one input folder, dataset by dataset, with what reading them found. */
    private final class Sources {
        private final Path folder;
        private final org.careerbench.handwritten.Fence fence;
        private final Map<String, List<Path>> mappings;
        private final Needs needs;
        private final QualityLedger ledger;
        private final List<InputFile> files;
        private final List<Problem> problems;

        Sources(Path folder, Map<String, List<Path>> mappings, Needs needs, QualityLedger ledger, List<InputFile> files,
                List<Problem> problems) {
            this.folder = folder;
            this.fence = new org.careerbench.handwritten.Fence(folder);
            this.mappings = mappings;
            this.needs = needs;
            this.ledger = ledger;
            this.files = files;
            this.problems = problems;
        }

        List<DataRow> rows(DatasetSchema schema) throws IOException {
            List<DataRow> rows = new ArrayList<>();
            read(schema, rows::add);
            return rows;
        }

        void read(DatasetSchema schema, Consumer<DataRow> sink) throws IOException {
            read(schema, sink, () -> 0);
        }

        /** @param kept how many rows of the dataset its consumer has kept so far (the salaries' ingest) */
        void read(DatasetSchema schema, Consumer<DataRow> sink, java.util.function.LongSupplier kept)
                throws IOException {
            List<SourceMapping> sources;
            try {
                sources = sources(schema);
            } catch (DataException e) {
                problems.addAll(e.problems());
                return;
            }
            if (sources.isEmpty()) {
                if (needs.requires(schema)) {
                    String use = needs.usedBy().get(schema.name());
                    problems.add(Problem.inData(folder.resolve(schema.fileName()).toString(), 0, 0, "",
                            "no such file", "the '" + schema.name() + "' dataset"
                            + (use == null ? "" : ", which " + use + " uses,") + " as " + schema.fileName() + " or "
                            + schema.name() + ".mapping.yaml in " + folder));
                }
                return;
            }
            for (SourceMapping m : sources) {
                try {
                    long before = kept.getAsLong();
                    Counts counts;
                    String sha256;
                    InputFile.Origin origin = InputFile.Origin.FILE;
                    if (m.database()) {
                        QueryReader.Read read = queries.read(m, schema, ledger, sink);
                        counts = read.counts();
                        sha256 = read.sha256();
                        SourceMapping.Query q = m.rules().query().orElseThrow();
                        origin = new InputFile.Origin(Optional.empty(), Optional.of(JdbcUrls.withoutSecrets(q.url())),
                                Optional.of(Sha256.of(q.sql())), Optional.of(read.readAt()));
                    } else if (m.workbook()) {
                        WorksheetReader.Read read = new WorksheetReader().read(m, schema, ledger, sink);
                        counts = read.counts();
                        sha256 = Sha256.of(m.file());
                        origin = new InputFile.Origin(Optional.of(read.sheet()), Optional.empty(), Optional.empty(),
                                Optional.empty());
                    } else {
                        counts = reader.read(m, schema, ledger, sink);
                        sha256 = Sha256.of(m.file());
                    }
                    long rowsKept = schema.equals(StandardSchemas.SALARIES) ? kept.getAsLong() - before : counts.rows();
                    files.add(new InputFile(schema.name(), m.file(), m.database() || !m.source().equals(m.file())
                            ? Optional.of(m.source()) : Optional.empty(), sha256,
                            counts.records(), rowsKept, m.rules().provenance(), origin));
                } catch (DataException e) {
                    problems.addAll(e.problems());
                }
            }
        }

        private List<SourceMapping> sources(DatasetSchema schema) throws IOException, DataException {
            List<Path> maps = mappings.getOrDefault(schema.name(), List.of());
            Path csv = folder.resolve(schema.fileName());
            if (Files.isDirectory(csv)) {
                throw new DataException(List.of(Problem.inData(csv.toString(), 0, 0, "", "a folder named "
                        + schema.fileName(), "the '" + schema.name() + "' dataset as a CSV file")));
            }
            if (Files.exists(csv) && !fence.contains(csv)) {
                // Never read: a problem in it would quote a file the user never meant as data.
                throw new DataException(List.of(Problem.inData(csv.toString(), 0, 0, "", "a link that leads "
                        + "outside the input folder " + folder, "the '" + schema.name() + "' dataset as a file inside "
                        + "the input folder, or a mapping with 'outside-input: true' to read one elsewhere on purpose")));
            }
            if (!maps.isEmpty() && Files.isRegularFile(csv)) {
                throw new DataException(List.of(Problem.inData(csv.toString(), 0, 0, "", "both " + schema.fileName()
                        + " and " + maps.get(0).getFileName() + " for the '" + schema.name() + "' dataset",
                        "one of them: remove or rename the other, so that it is clear which data the run reads")));
            }
            List<SourceMapping> result = new ArrayList<>();
            List<Problem> found = new ArrayList<>();
            for (Path map : maps) {
                try {
                    result.addAll(new MappingLoader().loadAll(map, schema, charset));
                } catch (DataException e) {
                    found.addAll(e.problems());
                }
            }
            if (!found.isEmpty()) {
                throw new DataException(found);
            }
            if (result.isEmpty() && Files.isRegularFile(csv)) {
                result.add(SourceMapping.identity(schema.name(), csv, charset));
            }
            return result;
        }
    }

    private static <T> List<T> map(List<DataRow> rows, Function<DataRow, T> f) {
        return rows.stream().map(f).toList();
    }
}
