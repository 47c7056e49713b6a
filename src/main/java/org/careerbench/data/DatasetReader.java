package org.careerbench.data;

import org.careerbench.diagnostics.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads one CSV export through its {@link SourceMapping} against a {@link DatasetSchema},
 * streaming each valid row to a consumer.
 *
 * <p>Contract: the header must name every required column (after mapping) and every
 * filtered column; every value must parse as its column's type under {@link ValueRules}
 * and be one of the column's allowed values. Rows are streamed as they are read; at the end,
 * if any problem was found, a {@link DataException} lists them (file, line, column, value
 * found, what was expected; the first {@value #MAX_LISTED_PER_FILE} per file in full, the
 * rest counted). A UTF-8 byte order mark is skipped; CRLF and LF are both accepted; the
 * delimiter is the mapping's, or detected from the header line and noted; bytes invalid in
 * the file's charset are an error naming the line. Rows left out by the mapping's filters,
 * and values changed by a rule, are counted in the {@link QualityLedger}.
 */
public final class DatasetReader {
    static final int MAX_LISTED_PER_FILE = 1000;

    /**
     * Reads a UTF-8 file in the project's own columns, as it is, into a list.
     *
     * @throws DataException when any header or value is invalid
     */
    public List<DataRow> read(java.nio.file.Path file, DatasetSchema schema) throws DataException, IOException {
        List<DataRow> rows = new ArrayList<>();
        read(SourceMapping.identity(schema.name(), file, java.nio.charset.StandardCharsets.UTF_8), schema,
                new QualityLedger(), rows::add);
        return rows;
    }

    /**
     * Reads and validates {@code mapping.file()}, passing each valid row to {@code sink}.
     *
     * @return the records read and the rows passed to the sink
     * @throws DataException when any header or value is invalid (the sink may have seen valid rows)
     * @throws IOException   when the file cannot be read
     */
    Counts read(SourceMapping mapping, DatasetSchema schema, QualityLedger ledger, Consumer<DataRow> sink)
            throws DataException, IOException {
        String name = mapping.file().getFileName().toString();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(mapping.file()),
                StrictDecoding.decoder(mapping.charset())), 1 << 16)) {
            skipByteOrderMark(reader);
            char delimiter = mapping.delimiter().orElseGet(() -> Delimiters.detect(reader));
            if (mapping.delimiter().isEmpty() && delimiter != ',') {
                ledger.note(name + ": delimiter '" + (delimiter == '\t' ? "tab" : String.valueOf(delimiter))
                        + "' detected from the header line");
            }
            // Values are stripped where they are read (Layout), which costs less than the parser's trim.
            // Blank and repeated header names are allowed here so that Layout reports them in words, at their column.
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                return rows(parser, new Layout(mapping, schema, parser.getHeaderNames(), Place.csv(name)), ledger, sink);
            }
        } catch (org.apache.commons.csv.CSVException csv) {
            // Thrown while the parser reads the header line: the same positioned problem as in a row.
            throw new DataException(List.of(syntaxProblem(name, csv)));
        } catch (CharacterCodingException | UncheckedIOException e) {
            if (e.getCause() instanceof org.apache.commons.csv.CSVException csv) {
                throw new DataException(List.of(syntaxProblem(name, csv)));
            }
            if (!(e instanceof CharacterCodingException) && !(e.getCause() instanceof CharacterCodingException)) {
                throw e;
            }
            long line = StrictDecoding.firstBadLine(mapping.file(), mapping.charset());
            throw new DataException(List.of(Problem.inData(name, line, 0, "", "bytes that are not valid "
                    + mapping.charset().name(), "text in " + mapping.charset().name() + " (name the file's encoding with "
                    + "--encoding, or 'encoding:' in its mapping)")));
        }
    }


    private static Counts rows(CSVParser parser, Layout layout, QualityLedger ledger, Consumer<DataRow> sink)
            throws DataException {
        RecordIntake intake = new RecordIntake(layout, ledger, sink);
        try (ParsedRecords parsed = new ParsedRecords(parser)) {
            for (ParsedRecords.Parsed p = parsed.next(); p != null; p = parsed.next()) {
                intake.accept(Fields.of(p.record()), p.line(), p.fingerprint(), p.repeat());
            }
        }
        return intake.finish();
    }

    /** A CSV syntax error (e.g. an unterminated quote) as a positioned problem. */
    private static Problem syntaxProblem(String file, org.apache.commons.csv.CSVException e) {
        // Commons CSV writes "(startline 1,689)" (grouping separators past 999) or "at line: 12, position: 54".
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?:\\((?:start)?line ([\\d,.\u00a0\u202f]+)\\)|line:?\\s*([\\d,.\u00a0\u202f]+))").matcher(message);
        long line = 0;
        if (m.find()) {
            String digits = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\D", "");
            line = digits.isEmpty() ? 0 : Long.parseLong(digits);
        }
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        String what = lower.contains("eof reached before encapsulated token finished")
                ? "a quoted field that is never closed: the file ends inside its quotes"
                : lower.contains("invalid char between encapsulated token and delimiter")
                        ? "text after a field's closing quote, before the next delimiter"
                        : "a line the CSV reader cannot split into fields";
        return Problem.inData(file, line, 0, "", "malformed CSV (" + what + ")",
                "fields separated by the delimiter, a quoted field closed by a quote, quotes inside it doubled (\"\")");
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }
}
