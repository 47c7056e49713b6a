package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.careerbench.Postgres;
import org.careerbench.SampleSources;
import org.careerbench.batch.PeriodPublisher;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29: the shipped sample, moved into an .xlsx workbook (a sheet a dataset) and into
 * PostgreSQL tables (a table a dataset), publishes the same figures.csv as from its CSV files, and
 * the manifest records what was read: the sheet, or the database, the query's hash and the time.
 */
class SampleFromWorkbookAndDatabaseTest {
    @TempDir
    static Path dir;

    private static String fromCsv;

    @BeforeAll
    static void csvRun() throws Exception {
        fromCsv = Files.readString(publish(Path.of("input"), "csv").resolve("figures.csv"));
    }

    private static Path publish(Path input, String name) throws Exception {
        Path output = dir.resolve("out-" + name);
        new PeriodPublisher(RunLog.SILENT, Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), ZoneOffset.UTC))
                .publish(new RunOptions(input, Path.of("templates"), output, YearMonth.of(2026, 11), "test"), false);
        return output.resolve("2026-11");
    }

    @Test
    void aWorkbookGivesTheSameFiguresAsTheCsvFiles() throws Exception {
        Path period = publish(SampleSources.asWorkbook(dir.resolve("workbook")), "xlsx");
        assertEquals(fromCsv, Files.readString(period.resolve("figures.csv")));
        JsonNode inputs = new ObjectMapper().readTree(period.resolve("manifest.json").toFile()).path("inputs");
        JsonNode salaries = dataset(inputs, "salaries");
        assertEquals("sample.xlsx", salaries.path("file").asText());
        assertEquals("salaries", salaries.path("sheet").asText());
        assertEquals(Sha256.of(dir.resolve("workbook/sample.xlsx")), salaries.path("sha256").asText());
        assertEquals(SampleSources.sample().stream().filter(t -> t.dataset().equals("salaries")).findFirst()
                .orElseThrow().rows().size(), salaries.path("rows_read").asLong());
    }

    @Test
    void databaseTablesGiveTheSameFiguresAsTheCsvFiles() throws Exception {
        Postgres db = Postgres.shared();
        Path period = publish(SampleSources.asDatabase(db, dir.resolve("database")), "db");
        assertEquals(fromCsv, Files.readString(period.resolve("figures.csv")));
        JsonNode salaries = dataset(new ObjectMapper().readTree(period.resolve("manifest.json").toFile())
                .path("inputs"), "salaries");
        assertEquals(db.url(), salaries.path("database").asText());
        assertEquals(Sha256.of("SELECT * FROM salaries ORDER BY row_number"), salaries.path("query_sha256").asText());
        assertTrue(salaries.path("read_at").asText().startsWith("20"), salaries.toString());
        assertEquals("salaries.mapping.yaml", salaries.path("mapping").asText());
        assertTrue(salaries.path("sha256").asText().matches("[0-9a-f]{64}"), "the rows' hash");
        String manifest = Files.readString(period.resolve("manifest.json"));
        assertTrue(!manifest.contains(System.getenv("CAREERBENCH_TEST_DB_PASSWORD")), "no secret in the manifest");
    }

    private static JsonNode dataset(JsonNode inputs, String name) {
        for (JsonNode n : inputs) {
            if (n.path("dataset").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no input " + name + " in " + inputs);
    }
}
