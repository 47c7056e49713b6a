package org.careerbench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server the tests start themselves (zonky's embedded binaries, from Maven
 * Central), so that {@code mvn verify} needs nothing installed. Its role {@code careerbench} logs
 * in with a password (SCRAM over TCP, as a real server would ask), taken from the environment
 * the build sets: {@code CAREERBENCH_TEST_DB_USER} and {@code CAREERBENCH_TEST_DB_PASSWORD}.
 */
public final class Postgres implements AutoCloseable {
    private static Postgres shared;
    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** One server for the whole test run, started on first use. */
    public static synchronized Postgres shared() throws IOException, SQLException {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.close()));
        }
        return shared;
    }

    /** A server of its own, for a test that stops it. */
    public static Postgres start() throws IOException, SQLException {
        Path data = Files.createTempDirectory("careerbench-pg");
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("SET password_encryption = 'scram-sha-256'");
            st.execute("CREATE ROLE " + env("CAREERBENCH_TEST_DB_USER") + " LOGIN PASSWORD '"
                    + env("CAREERBENCH_TEST_DB_PASSWORD") + "'");
            st.execute("GRANT pg_read_all_data TO " + env("CAREERBENCH_TEST_DB_USER"));
            // The superuser keeps trust (the tests load tables with it); every other role needs its password.
            Files.writeString(data.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            st.execute("SELECT pg_reload_conf()");
        }
        return new Postgres(server);
    }

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null) {
            throw new IllegalStateException(name + " is not set: run the tests through Maven (pom.xml sets it)");
        }
        return v;
    }

    /** The JDBC URL of the server's database, without credentials. */
    public String url() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    /** A connection as the superuser, to create and fill tables. */
    public Connection connection() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    /** Creates {@code table} from a sample table. */
    public void load(Connection c, String table, SampleSources.Table t) throws SQLException {
        SampleSources.create(c, table, t);
    }

    /** Runs SQL as the superuser. */
    public void execute(String sql) throws SQLException {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // A test's server that is already down.
        }
    }
}
