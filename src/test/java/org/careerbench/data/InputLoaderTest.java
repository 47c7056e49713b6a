package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLoaderTest {
    static final Path SAMPLE = Path.of("input");

    @Test
    void loadsEverySampleDatasetWithRowCountsAndHashes() throws Exception {
        InputData data = new InputLoader().load(SAMPLE);
        long lines;
        try (Stream<String> s = Files.lines(SAMPLE.resolve("salaries.csv"))) {
            lines = s.count();
        }
        assertEquals(lines - 1, data.salaries().size());
        assertEquals(9, data.ranges().size());
        assertEquals(StandardSchemas.ALL.size() + 2, data.files().size(), "the six required, the survey and the roster");
        InputFile salaries = data.files().get(0);
        assertEquals("salaries", salaries.dataset());
        assertEquals(Sha256.of(SAMPLE.resolve("salaries.csv")), salaries.sha256());
        assertEquals(data.salaries().size(), salaries.rowsRead());
        assertEquals(data.salaries().size(), salaries.rowsKept());
    }

    @Test
    void missingFileIsAProblemAndOtherFilesAreStillChecked(@TempDir Path dir) throws Exception {
        for (DatasetSchema s : StandardSchemas.ALL) {
            if (s != StandardSchemas.SKILLS) {
                Files.copy(SAMPLE.resolve(s.fileName()), dir.resolve(s.fileName()));
            }
        }
        Files.writeString(dir.resolve("market.csv"), "indicator,year\nx,2024\n");
        DataException e = assertThrows(DataException.class, () -> new InputLoader().load(dir));
        assertTrue(e.getMessage().contains("skills.csv") && e.getMessage().contains("no such file"), e.getMessage());
        assertTrue(e.getMessage().contains("market.csv:1: column 'value'"), e.getMessage());
    }

    @Test
    void theRawExportThroughItsShippedMappingGivesTheSampleObservations() throws Exception {
        InputData raw = new InputLoader().load(Path.of("input/ai-jobs-export"));
        InputData sample = new InputLoader().load(SAMPLE);
        assertEquals(sample.salaries().size(), raw.salaries().size());
        java.util.function.Function<SalaryObservation, String> key = o -> String.join("|", o.roleFamily(), o.jobTitle(),
                o.level(), o.country(), o.region(), o.companySize(), o.employmentType(),
                Double.toString(o.baseSalary()), Integer.toString(o.year()));
        assertEquals(sample.salaries().stream().map(key).sorted().toList(),
                raw.salaries().stream().map(key).sorted().toList());
        assertEquals(2122, raw.quality().count("salaries", QualityReason.EXACT_DUPLICATE));
        assertEquals(32206 - 3960, raw.quality().count("salaries", QualityReason.EXCLUDED_BY_MAPPING));
        assertTrue(sample.quality().entries().isEmpty());
    }
}
