package org.careerbench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file against its {@link DatasetSchema}.
 *
 * <p>Contract: the first record is the header; every required column must be present;
 * every value must parse as its column's type. Either every row comes back, or a
 * {@link DataException} lists each problem (file, line, column, value found, what was
 * expected) up to {@value #MAX_PROBLEMS_PER_FILE} per file. A UTF-8 byte order mark
 * is skipped; CRLF and LF line endings are both accepted; bytes that are not UTF-8 are
 * an error.
 */
public final class DatasetReader {
    static final int MAX_PROBLEMS_PER_FILE = 50;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    /**
     * Reads and validates {@code file}.
     *
     * @throws DataException when any header or value is invalid
     * @throws IOException   when the file cannot be read
     */
    public List<DataRow> read(Path file, DatasetSchema schema) throws DataException, IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file);
             Reader reader = utf8(in);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<DataProblem> problems = new ArrayList<>();
            Map<String, Integer> header = headerPositions(parser, schema, name, problems);
            if (!problems.isEmpty()) {
                throw new DataException(problems);
            }
            List<DataRow> rows = new ArrayList<>();
            int tooMany = 0;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber() - newlinesIn(record);
                Map<String, Object> values = new HashMap<>();
                List<DataProblem> rowProblems = new ArrayList<>();
                if (record.size() != header.size() && !(record.size() == 1 && record.get(0).isEmpty())) {
                    rowProblems.add(new DataProblem(name, line, 0, "", record.size() + " fields",
                            header.size() + " fields, as in the header"));
                }
                for (Column column : schema.columns()) {
                    Integer index = header.get(column.name());
                    if (index == null || index >= record.size()) {
                        if (column.required() && index != null) {
                            rowProblems.add(new DataProblem(name, line, index + 1, column.name(), "no value",
                                    column.type().expectation()));
                        }
                        continue;
                    }
                    String raw = record.get(index);
                    parse(raw, column, name, line, index + 1, values, rowProblems);
                }
                if (rowProblems.isEmpty()) {
                    rows.add(new DataRow(name, line, values));
                } else if (problems.size() < MAX_PROBLEMS_PER_FILE) {
                    problems.addAll(rowProblems);
                } else {
                    tooMany += rowProblems.size();
                }
            }
            if (!problems.isEmpty()) {
                if (tooMany > 0) {
                    problems.add(new DataProblem(name, 0, 0, "", tooMany + " further problems", "none"));
                }
                throw new DataException(problems);
            }
            return rows;
        } catch (CharacterCodingException e) {
            throw new DataException(List.of(new DataProblem(name, 0, 0, "", "bytes that are not UTF-8",
                    "a UTF-8 encoded CSV file")));
        }
    }

    private static Reader utf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static Map<String, Integer> headerPositions(CSVParser parser, DatasetSchema schema, String name,
            List<DataProblem> problems) {
        List<String> names = parser.getHeaderNames();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            positions.putIfAbsent(names.get(i), i);
        }
        for (Column column : schema.columns()) {
            if (column.required() && !positions.containsKey(column.name())) {
                problems.add(new DataProblem(name, 1, 0, column.name(), "no column '" + column.name()
                        + "' in header " + names, "a header naming every required column of dataset '"
                        + schema.name() + "'"));
            }
        }
        return positions;
    }

    private static void parse(String raw, Column column, String file, long line, int col,
            Map<String, Object> values, List<DataProblem> problems) {
        if (raw.isEmpty()) {
            if (column.required()) {
                problems.add(new DataProblem(file, line, col, column.name(), "an empty value",
                        column.type().expectation()));
            }
            return;
        }
        try {
            values.put(column.name(), switch (column.type()) {
                case TEXT -> raw;
                case INTEGER -> Long.parseLong(raw);
                case DECIMAL -> finite(Double.parseDouble(raw));
                case BOOLEAN -> bool(raw);
            });
        } catch (IllegalArgumentException e) {
            problems.add(new DataProblem(file, line, col, column.name(), '"' + raw + '"',
                    column.type().expectation()));
        }
    }

    private static double finite(double v) {
        if (!Double.isFinite(v)) {
            throw new NumberFormatException("not finite");
        }
        return v;
    }

    private static boolean bool(String raw) {
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        if (raw.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(raw);
    }

    private static int newlinesIn(CSVRecord record) {
        int n = 0;
        for (String v : record) {
            n += (int) v.chars().filter(c -> c == '\n').count();
        }
        return n;
    }
}
