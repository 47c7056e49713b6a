package org.careerbench.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.careerbench.diagnostics.Problem;

/**
 * Reads a dataset from a PostgreSQL query, streaming: the query runs in a read-only
 * transaction that is rolled back at the end, rows come a fetch at a time, and each is checked as
 * a CSV record is (the result's column labels are its header).
 *
 * <p>Contract: credentials come only from the environment variables the mapping names, and no
 * message repeats a secret or the URL's parameters. The connection, and then the whole query,
 * must finish within the mapping's timeout; a server that is down, slow, refuses the login or stops
 * mid-read is a {@link DataException} naming the mapping, so nothing is published. A text column
 * is read as its text, a number as its exact decimal, a date as {@code yyyy-MM-dd}, a boolean as
 * {@code true}/{@code false}, NULL as an empty value. The rows' SHA-256 (over every value in
 * order) is what the manifest records, so a later audit can tell whether the data changed.
 */
final class QueryReader {
    private final Map<String, String> environment;
    private final Clock clock;

    /** @param environment where credentials are looked up: the process's environment in a run */
    QueryReader(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /**
     * What a query gave besides its rows.
     *
     * @param counts the rows read and passed on
     * @param sha256 hex SHA-256 of every value read, in order
     * @param readAt when the reading began
     */
    record Read(Counts counts, String sha256, Instant readAt) {
    }

    /**
     * Runs the mapping's query, passing each valid row to {@code sink}.
     *
     * @throws DataException when the database cannot be read or a value cannot be used
     */
    Read read(SourceMapping mapping, DatasetSchema schema, QualityLedger ledger, Consumer<DataRow> sink)
            throws DataException {
        SourceMapping.Query q = mapping.rules().query().orElseThrow();
        String source = mapping.source().getFileName().toString();
        Place place = Place.query(source);
        List<Problem> missing = new ArrayList<>();
        Properties props = new Properties();
        q.userVariable().ifPresent(v -> credential(v, "user", props, missing, source));
        q.passwordVariable().ifPresent(v -> credential(v, "password", props, missing, source));
        if (!missing.isEmpty()) {
            throw new DataException(missing);
        }
        long seconds = Math.max(1, q.timeout().toSeconds());
        props.setProperty("connectTimeout", String.valueOf(seconds));
        props.setProperty("loginTimeout", String.valueOf(seconds));
        props.setProperty("socketTimeout", String.valueOf(seconds));
        props.setProperty("readOnly", "true");
        props.setProperty("ApplicationName", "careerbench");
        Instant readAt = clock.instant();
        MessageDigest digest = Sha256.newDigest();
        try (Connection c = DriverManager.getConnection(q.url(), props)) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                st.setFetchSize(q.fetchSize());
                st.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, seconds));
                try (ResultSet rs = st.executeQuery(q.sql())) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int n = meta.getColumnCount();
                    List<String> header = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        header.add(meta.getColumnLabel(i));
                    }
                    RecordIntake intake = new RecordIntake(new Layout(mapping, schema, header, place), ledger, sink);
                    RecordScan scan = new RecordScan();
                    FingerprintSet seen = new FingerprintSet();
                    long row = 0;
                    while (rs.next()) {
                        row++;
                        String[] fields = new String[n];
                        for (int i = 1; i <= n; i++) {
                            fields[i - 1] = text(rs, i, meta.getColumnType(i));
                            digest.update((fields[i - 1] == null ? "\u0000" : fields[i - 1]).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0x1F);
                        }
                        digest.update((byte) 0x1E);
                        Fields record = Fields.of(fields);
                        scan.of(record);
                        intake.accept(record, row, scan.fingerprint, !seen.add(scan.fingerprint));
                    }
                    Counts counts = intake.finish();
                    return new Read(counts, HexFormat.of().formatHex(digest.digest()), readAt);
                }
            } finally {
                rollbackQuietly(c);
            }
        } catch (SQLException e) {
            throw new DataException(List.of(place.problem(0, 0, "", failure(e, q), expectation(e, q))));
        }
    }

    private void credential(String variable, String what, Properties props, List<Problem> missing, String source) {
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            missing.add(Problem.inQuery(source, 0, 0, "", "no environment variable " + variable + " (the database "
                    + what + ", named by '" + what + "-env:')", "the run started with " + variable + " set"));
        } else {
            props.setProperty(what, value);
        }
    }

    /** A column's value as text, or null for SQL NULL. */
    private static String text(ResultSet rs, int i, int type) throws SQLException {
        switch (type) {
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(i);
                return d == null ? null : d.toPlainString();
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double d = rs.getDouble(i);
                return rs.wasNull() ? null : BigDecimal.valueOf(d).toPlainString();
            }
            case Types.BIT, Types.BOOLEAN -> {
                boolean b = rs.getBoolean(i);
                return rs.wasNull() ? null : String.valueOf(b);
            }
            case Types.DATE -> {
                java.sql.Date d = rs.getDate(i);
                return d == null ? null : d.toLocalDate().toString();
            }
            default -> {
                return rs.getString(i);
            }
        }
    }

    /** What went wrong, in words that hold no secret. */
    private static String failure(SQLException e, SourceMapping.Query q) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String url = JdbcUrls.withoutSecrets(q.url());
        if (state.equals("25006")) {
            return "a query that writes (the database refused it in a read-only transaction)";
        }
        if (state.startsWith("28")) {
            return "a login the database at " + url + " refused (wrong user or password)";
        }
        if (state.startsWith("08") || e instanceof java.sql.SQLTransientConnectionException) {
            return "no answer from the database at " + url + " within " + q.timeout().toSeconds()
                    + " s, or a connection it closed (" + firstLine(e) + ")";
        }
        if (state.startsWith("57P")) {
            return "a database at " + url + " that stopped while it was being read (" + firstLine(e) + ")";
        }
        if (state.equals("57014")) {
            return "a query that ran longer than " + q.timeout().toSeconds() + " s";
        }
        return "an error from the database at " + url + " (SQL state " + state + ": " + firstLine(e) + ")";
    }

    private static String expectation(SQLException e, SourceMapping.Query q) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("25006")) {
            return "a query that only reads (SELECT)";
        }
        if (state.startsWith("28")) {
            return "the user and password of 'user-env:' and 'password-env:'";
        }
        return "a reachable database and a query it accepts; nothing was published";
    }

    /** The driver's message without a secret: its first line, the URL's parameters removed. */
    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
        return m.replaceAll("(?i)(password|user)=[^&;\\s]*", "$1=…");
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is closing anyway; nothing was written.
        }
    }
}
