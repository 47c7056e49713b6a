package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.careerbench.Postgres;
import org.careerbench.diagnostics.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29's hostile cases against a real PostgreSQL server: a column of the wrong type, NULLs, a
 * query that writes, a wrong password, a server that is down, slow, or stops mid-read. Each is a
 * {@link DataException} in one sentence that names the mapping and never a secret.
 */
class QueryReaderTest {
    private static final String USER = System.getenv("CAREERBENCH_TEST_DB_USER");
    private static final String PASSWORD = System.getenv("CAREERBENCH_TEST_DB_PASSWORD");
    private static final String WRONG = System.getenv("CAREERBENCH_TEST_DB_WRONG_PASSWORD");
    private static final Map<String, String> ENV = Map.of("DB_USER", USER, "DB_PASSWORD", PASSWORD, "DB_WRONG", WRONG);

    @TempDir
    Path dir;

    private static Postgres db;

    @BeforeAll
    static void tables() throws Exception {
        db = Postgres.shared();
        db.execute("""
                DROP TABLE IF EXISTS market_test;
                CREATE TABLE market_test (indicator text, year integer, value numeric, unit text, basis text,
                    source text, measured date, doubtful text);
                INSERT INTO market_test VALUES
                    ('Market size', 2024, 293.33, 'USD million', 'stated', 'a survey', DATE '2024-07-28', '12.5'),
                    ('Market size', 2025, 318.26, 'USD million', 'derived', 'a survey', NULL, 'abc'),
                    ('Market size', NULL, 345.31, 'USD million', 'derived', NULL, NULL, '1');
                GRANT SELECT, INSERT, DELETE ON market_test TO %s;
                """.formatted(USER));
    }

    private List<DataRow> read(String mapping, Consumer<DataRow> also) throws Exception {
        Path map = dir.resolve("market.mapping.yaml");
        Files.writeString(map, mapping);
        SourceMapping m = new MappingLoader().loadAll(map, StandardSchemas.MARKET, StandardCharsets.UTF_8).get(0);
        List<DataRow> rows = new ArrayList<>();
        new QueryReader(ENV, Clock.systemUTC()).read(m, StandardSchemas.MARKET, new QualityLedger(),
                rows::add);
        return rows;
    }

    private String mapping(String url, String query, String password) {
        return "jdbc: " + url + "\nuser-env: DB_USER\npassword-env: " + password + "\nquery: " + query + "\n";
    }

    private String refused(String mapping) {
        DataException e = assertThrows(DataException.class, () -> read(mapping, r -> { }));
        String text = String.join("\n", e.problems().stream().map(Problem::toString).toList());
        assertFalse(text.contains(PASSWORD) || text.contains(WRONG), "no secret: " + text);
        return text;
    }

    @Test
    void readsTheQuerysRowsAsTheSchemaTypesThem() throws Exception {
        List<DataRow> rows = read(mapping(db.url(), "SELECT indicator, year, value, unit, basis, source FROM "
                + "market_test WHERE year IS NOT NULL ORDER BY year", "DB_PASSWORD"), r -> { });
        assertEquals(2, rows.size());
        assertEquals(293.33, rows.get(0).number("value"));
        assertEquals(2025, rows.get(1).integer("year"));
        assertEquals("market.mapping.yaml query", rows.get(1).file());
        assertEquals(2, rows.get(1).line());
    }

    @Test
    void aDateIsReadAsAnIsoDate() throws Exception {
        List<DataRow> rows = read(mapping(db.url(), "SELECT indicator, year, value, unit, measured AS basis, "
                + "source FROM market_test WHERE year = 2024", "DB_PASSWORD"), r -> { });
        assertEquals("2024-07-28", rows.get(0).text("basis"));
    }

    @Test
    void aColumnOfTheWrongTypeIsAProblemAtItsRowAndColumn() {
        String text = refused(mapping(db.url(), "SELECT indicator, year, doubtful AS value, unit, basis, source "
                + "FROM market_test WHERE year IS NOT NULL ORDER BY year", "DB_PASSWORD"));
        assertEquals("market.mapping.yaml: query row 2, column 3: column 'value': found \"abc\", expected a number",
                text);
    }

    @Test
    void aNullInARequiredColumnIsAnEmptyValueAtItsRow() {
        String text = refused(mapping(db.url(), "SELECT indicator, year, value, unit, basis, source FROM market_test"
                + " ORDER BY value", "DB_PASSWORD"));
        assertTrue(text.contains("market.mapping.yaml: query row 3, column 2: column 'year': found an empty value"),
                text);
        assertTrue(text.contains("query row 3, column 6: column 'source': found an empty value"), text);
    }

    @Test
    void aQueryThatWritesIsRefusedAndWritesNothing() throws Exception {
        String text = refused(mapping(db.url(), "DELETE FROM market_test RETURNING indicator, year, value, unit, "
                + "basis, source", "DB_PASSWORD"));
        assertTrue(text.contains("found a query that writes"), text);
        try (Connection c = db.connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM market_test")) {
            rs.next();
            assertEquals(3, rs.getInt(1), "every row is still there");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutEchoingIt() {
        String text = refused(mapping(db.url(), "SELECT * FROM market_test", "DB_WRONG"));
        assertTrue(text.contains("a login the database at " + db.url() + " refused"), text);
    }

    @Test
    void aMissingEnvironmentVariableIsNamed() {
        String text = refused(mapping(db.url(), "SELECT * FROM market_test", "NOT_SET_ANYWHERE"));
        assertTrue(text.contains("no environment variable NOT_SET_ANYWHERE"), text);
    }

    @Test
    void aServerThatIsDownIsAnErrorWithinTheDeadline() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        long start = System.nanoTime();
        String text = refused(mapping("jdbc:postgresql://localhost:" + port + "/hr", "SELECT 1", "DB_PASSWORD")
                + "timeout-seconds: 3\n");
        assertTrue(text.contains("no answer from the database at jdbc:postgresql://localhost:" + port + "/hr within 3 s"),
                text);
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "refused, not hung");
    }

    @Test
    void aSlowQueryStopsAtItsDeadline() {
        String text = refused(mapping(db.url(), "SELECT indicator, year, value, unit, basis, source, pg_sleep(5) "
                + "FROM market_test", "DB_PASSWORD") + "timeout-seconds: 1\n");
        assertTrue(text.contains("1 s"), text);
    }

    @Test
    void aServerThatStopsMidReadIsAnErrorNotAShortDataset() throws Exception {
        try (Postgres own = Postgres.start()) {
            own.execute("""
                    CREATE TABLE big AS SELECT 'Market size'::text AS indicator, 2000 + mod(g, 30) AS year,
                        g::numeric AS value, 'USD'::text AS unit, 'stated'::text AS basis, 's'::text AS source
                    FROM generate_series(1, 20000) g;
                    GRANT SELECT ON big TO %s;
                    """.formatted(USER));
            int[] seen = {0};
            String text;
            Path map = dir.resolve("market.mapping.yaml");
            Files.writeString(map, mapping(own.url(), "SELECT * FROM big ORDER BY value", "DB_PASSWORD")
                    + "fetch-size: 100\ntimeout-seconds: 5\n");
            SourceMapping m = new MappingLoader().loadAll(map, StandardSchemas.MARKET, StandardCharsets.UTF_8).get(0);
            DataException e = assertThrows(DataException.class, () -> new QueryReader(ENV, Clock.systemUTC())
                    .read(m, StandardSchemas.MARKET, new QualityLedger(), r -> {
                        if (++seen[0] == 50) {
                            own.close();
                        }
                    }));
            text = e.problems().get(0).toString();
            assertTrue(seen[0] < 20000, "stopped before the end: " + seen[0]);
            assertTrue(text.startsWith("market.mapping.yaml: query: found a database at " + own.url()
                    + " that stopped while it was being read"), text);
        }
    }
}
