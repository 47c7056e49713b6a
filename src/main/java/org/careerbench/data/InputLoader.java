package org.careerbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads every dataset of {@link StandardSchemas#ALL} from one input folder.
 *
 * <p>All files are read even when an earlier one fails, so one run reports every problem
 * of the folder. A missing file is a problem like any other.
 */
public final class InputLoader {
    private final DatasetReader reader = new DatasetReader();

    /**
     * @param folder the input folder, e.g. {@code input/}
     * @throws DataException listing every problem in every file
     * @throws IOException   when a present file cannot be read
     */
    public InputData load(Path folder) throws DataException, IOException {
        List<DataProblem> problems = new ArrayList<>();
        Map<DatasetSchema, List<DataRow>> rows = new HashMap<>();
        List<InputFile> files = new ArrayList<>();
        for (DatasetSchema schema : StandardSchemas.ALL) {
            Path file = folder.resolve(schema.fileName());
            if (!Files.isRegularFile(file)) {
                problems.add(new DataProblem(file.toString(), 0, 0, "", "no such file",
                        "the '" + schema.name() + "' dataset as " + schema.fileName() + " in " + folder));
                continue;
            }
            try {
                List<DataRow> read = reader.read(file, schema);
                rows.put(schema, read);
                files.add(new InputFile(schema.name(), file, Sha256.of(file), read.size()));
            } catch (DataException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new InputData(
                map(rows.get(StandardSchemas.SALARIES), SalaryObservation::from),
                map(rows.get(StandardSchemas.SALARY_RANGES), PublishedRange::from),
                map(rows.get(StandardSchemas.REGIONAL_DIFFERENTIALS), RegionalDifferential::from),
                map(rows.get(StandardSchemas.MARKET), MarketIndicator::from),
                map(rows.get(StandardSchemas.SKILLS), SkillDemand::from),
                map(rows.get(StandardSchemas.SOURCES), SourceNote::from),
                files);
    }

    private static <T> List<T> map(List<DataRow> rows, Function<DataRow, T> f) {
        return rows.stream().map(f).toList();
    }
}
