package org.careerbench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The shipped sample input moved where HR keeps data: every CSV as a sheet of one workbook, or
 * as a table of a database, each with the mapping that reads it back. A value that reads as a
 * number is stored as a number (a numeric cell, a numeric column), as a vendor's export or an
 * HR system would; everything else as text.
 */
public final class SampleSources {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private SampleSources() {
    }

    /** One CSV file: its header and records. */
    public record Table(String dataset, List<String> header, List<List<String>> rows) {
        /** Whether every non-blank value of column {@code i} is a number. */
        public boolean numeric(int i) {
            boolean any = false;
            for (List<String> r : rows) {
                String v = r.get(i);
                if (!v.isEmpty()) {
                    any = true;
                    if (!NUMBER.matcher(v).matches()) {
                        return false;
                    }
                }
            }
            return any;
        }
    }

    /** Every CSV of the sample input, by dataset (file name without .csv). */
    public static List<Table> sample() throws IOException {
        List<Table> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    List<List<String>> rows = new ArrayList<>();
                    for (CSVRecord rec : p) {
                        rows.add(rec.toList());
                    }
                    String name = f.getFileName().toString();
                    tables.add(new Table(name.substring(0, name.length() - 4), p.getHeaderNames(), rows));
                }
            }
        }
        return tables;
    }

    /**
     * Writes the sample into {@code folder} as {@code sample.xlsx}, one sheet a dataset (named
     * after it), with a mapping per dataset reading its sheet; returns the folder.
     */
    public static Path asWorkbook(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new org.apache.poi.xssf.usermodel.XSSFWorkbook(), 1000, true, true)) {
            for (Table t : sample()) {
                Sheet sheet = wb.createSheet(t.dataset());
                write(sheet, 0, t.header());
                boolean[] numeric = new boolean[t.header().size()];
                for (int i = 0; i < numeric.length; i++) {
                    numeric[i] = t.numeric(i);
                }
                int r = 1;
                for (List<String> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        String v = values.get(i);
                        if (v.isEmpty()) {
                            continue;
                        }
                        if (numeric[i]) {
                            row.createCell(i).setCellValue(Double.parseDouble(v));
                        } else {
                            row.createCell(i).setCellValue(v);
                        }
                    }
                }
                Files.writeString(folder.resolve(t.dataset() + ".mapping.yaml"), "file: sample.xlsx\nsheet: "
                        + t.dataset() + "\n");
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("sample.xlsx"))) {
                wb.write(out);
            }
        }
        return folder;
    }

    private static void write(Sheet sheet, int at, List<String> values) {
        Row row = sheet.createRow(at);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    /**
     * Loads the sample into tables of {@code db} (one a dataset, hyphens as underscores) and
     * writes into {@code folder} a mapping per dataset that selects its table; returns the folder.
     */
    public static Path asDatabase(Postgres db, Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        try (Connection c = db.connection()) {
            for (Table t : sample()) {
                String table = t.dataset().replace('-', '_');
                db.load(c, table, t);
                Files.writeString(folder.resolve(t.dataset() + ".mapping.yaml"), "jdbc: " + db.url() + "\n"
                        + "user-env: CAREERBENCH_TEST_DB_USER\npassword-env: CAREERBENCH_TEST_DB_PASSWORD\n"
                        + "query: SELECT * FROM " + table + " ORDER BY row_number\n");
            }
        }
        return folder;
    }

    /** Creates {@code table} from {@code t}: numeric columns as numeric, others as text, plus a row_number. */
    static void create(Connection c, String table, Table t) throws SQLException {
        StringBuilder ddl = new StringBuilder("DROP TABLE IF EXISTS " + table + "; CREATE TABLE " + table + " (");
        for (int i = 0; i < t.header().size(); i++) {
            ddl.append('"').append(t.header().get(i)).append("\" ").append(t.numeric(i) ? "numeric" : "text")
                    .append(", ");
        }
        ddl.append("row_number integer)");
        try (Statement st = c.createStatement()) {
            st.execute(ddl.toString());
        }
        StringBuilder insert = new StringBuilder("INSERT INTO " + table + " VALUES (");
        insert.append("?, ".repeat(t.header().size())).append("?)");
        try (PreparedStatement ps = c.prepareStatement(insert.toString())) {
            int n = 0;
            for (List<String> values : t.rows()) {
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    if (v.isEmpty()) {
                        ps.setNull(i + 1, t.numeric(i) ? java.sql.Types.NUMERIC : java.sql.Types.VARCHAR);
                    } else if (t.numeric(i)) {
                        ps.setBigDecimal(i + 1, new java.math.BigDecimal(v));
                    } else {
                        ps.setString(i + 1, v);
                    }
                }
                ps.setInt(values.size() + 1, ++n);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
