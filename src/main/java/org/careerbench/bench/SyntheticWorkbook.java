package org.careerbench.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A CSV file copied into one sheet of an .xlsx workbook, as a survey vendor would deliver it:
 * numbers as numeric cells, text as shared strings (as Excel saves it). Written with POI's streaming writer, so a
 * million rows need little memory.
 */
final class SyntheticWorkbook {
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

    private SyntheticWorkbook() {
    }

    /** Writes {@code csv} as sheet {@code sheet} of {@code xlsx}; returns the workbook's size in bytes. */
    static long write(Path csv, Path xlsx, String sheet) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
                SXSSFWorkbook wb = new SXSSFWorkbook(new org.apache.poi.xssf.usermodel.XSSFWorkbook(), 1000, true, true)) {
            wb.setCompressTempFiles(true);
            Sheet s = wb.createSheet(sheet);
            Row header = s.createRow(0);
            for (int i = 0; i < parser.getHeaderNames().size(); i++) {
                header.createCell(i).setCellValue(parser.getHeaderNames().get(i));
            }
            int r = 1;
            for (CSVRecord record : parser) {
                Row row = s.createRow(r++);
                for (int i = 0; i < record.size(); i++) {
                    String v = record.get(i);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (NUMBER.matcher(v).matches()) {
                        row.createCell(i).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(i).setCellValue(v);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return Files.size(xlsx);
    }
}
