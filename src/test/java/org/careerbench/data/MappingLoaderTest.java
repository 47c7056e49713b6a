package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingLoaderTest {
    @TempDir
    Path dir;

    private SourceMapping load(String yaml) throws Exception {
        Files.writeString(dir.resolve("export.csv"), "a,b\n");
        Path f = Files.writeString(dir.resolve("salaries.mapping.yaml"), yaml);
        return new MappingLoader().load(f, StandardSchemas.SALARIES, StandardCharsets.UTF_8);
    }

    private String error(String yaml) {
        return assertThrows(DataException.class, () -> load(yaml)).getMessage();
    }

    @Test
    void readsEverySection() throws Exception {
        SourceMapping m = load("""
                dataset: salaries
                file: export.csv
                delimiter: ";"
                encoding: windows-1252
                columns: {level: experience_level}
                values: {level: {EN: Entry}}
                constants: {currency: USD}
                filters: {job_title: {in: [SRE], pattern: "S.*"}}
                """);
        assertEquals(dir.resolve("export.csv"), m.file());
        assertEquals(Optional.of(';'), m.delimiter());
        assertEquals("windows-1252", m.charset().name());
        assertEquals("experience_level", m.sourceColumn("level"));
        assertEquals("country", m.sourceColumn("country"));
        assertEquals("Entry", m.values().get("level").get("EN"));
        assertEquals("USD", m.constants().get("currency"));
        assertTrue(m.filters().get("job_title").accepts("SRE"));
        assertTrue(!m.filters().get("job_title").accepts("Analyst"));
    }

    @Test
    void errorsNameTheMappingFileLineAndWhatWasExpected() {
        assertEquals(dir.resolve("salaries.mapping.yaml") + ":2: unknown key 'colums' in a mapping (did you mean "
                + "'columns'?); expected one of [dataset, jdbc, file, outside-input, delimiter, encoding, columns, values, "
                + "constants, filters, pass-through, unpivot, source, as_of, licence]",
                error("file: export.csv\ncolums: {}\n"));
        assertTrue(error("file: export.csv\ncolumns:\n  salary: pay\n").contains(":3: unknown "
                + "column 'salary' under columns (did you mean 'base_salary'?); expected a column of dataset "
                + "'salaries'"));
        assertTrue(error("file: missing.csv\n").contains("no file"));
        assertTrue(error("file: export.csv\ndelimiter: '#'\n").contains("expected ',', ';', '|', tab or auto"));
        assertTrue(error("file: export.csv\nencoding: klingon\n").contains("encoding 'klingon', expected a charset"));
        assertTrue(error("file: export.csv\nfilters: {job_title: {pattern: '('}}\n").contains("a Java regular "
                + "expression"));
        assertTrue(error("dataset: market\nfile: export.csv\n").contains("expected 'salaries'"));
    }

    @Test
    void aMisspeltColumnGetsTheNearMissAndEveryMistakeIsListedAtItsLine() {
        String e = error("file: export.csv\ncolumns:\n  base_salery: pay\nvalues:\n  levle: {EN: Entry}\n"
                + "delimiter: '#'\n");
        assertTrue(e.contains(":3: unknown column 'base_salery' under columns (did you mean 'base_salary'?)"), e);
        assertTrue(e.contains(":5: unknown column 'levle' under values (did you mean 'level'?)"), e);
        assertTrue(e.contains(":6: delimiter '#'"), e);
    }

    @Test
    void aWorkbookMappingReadsItsSheetAndRange() throws Exception {
        Files.writeString(dir.resolve("survey.xlsx"), "not read here");
        SourceMapping m = load("file: survey.xlsx\nsheet: Data\nrange: B3:H2000\n");
        assertEquals(new SourceMapping.SheetArea(Optional.of("Data"), 3, 2, 8, 2000), m.rules().sheet().orElseThrow());
        assertEquals(new SourceMapping.SheetArea(Optional.empty(), 4, 1, 0, 0),
                load("file: survey.xlsx\nheader-row: 4\n").rules().sheet().orElseThrow());
        assertEquals(new SourceMapping.SheetArea(Optional.empty(), 3, 2, 8, 0),
                load("file: survey.xlsx\nrange: $B$3:$H\n").rules().sheet().orElseThrow(), "open to the sheet's end");
        assertTrue(error("file: survey.xlsx\nrange: H3:B9\n").contains("ends before it begins"));
        assertTrue(error("file: survey.xlsx\nrange: the table\n").contains("expected cells such as B3:H2000"));
    }

    @Test
    void sheetKeysDoNotApplyToACsvFile() {
        assertTrue(error("file: export.csv\nsheet: Data\n").contains("key 'sheet' does not apply"));
    }

    @Test
    void anXlsFileIsRefusedWithWhatToDo() throws Exception {
        Files.writeString(dir.resolve("old.xls"), "x");
        assertTrue(error("file: old.xls\n").contains("Excel 97–2003 workbook, expected an .xlsx workbook"));
    }

    @Test
    void aDatabaseMappingNamesItsQueryAndTheVariablesOfItsCredentials() throws Exception {
        SourceMapping m = load("""
                jdbc: jdbc:postgresql://db.example:5432/hr
                query: SELECT * FROM salaries
                user-env: HR_USER
                password-env: HR_PASSWORD
                timeout-seconds: 20
                fetch-size: 500
                """);
        assertEquals(new SourceMapping.Query("jdbc:postgresql://db.example:5432/hr", "SELECT * FROM salaries",
                Optional.of("HR_USER"), Optional.of("HR_PASSWORD"), java.time.Duration.ofSeconds(20), 500),
                m.rules().query().orElseThrow());
        assertTrue(m.database());
    }

    @Test
    void aPasswordWrittenInTheMappingIsRefusedWithoutRepeatingIt() {
        String said = error("jdbc: jdbc:postgresql://db/hr\nquery: SELECT 1\npassword: hunter2-secret\n");
        assertTrue(said.contains("a password written in the mapping"), said);
        assertTrue(said.contains("password-env: NAME"), said);
        assertTrue(!said.contains("hunter2-secret"), said);
        String url = error("jdbc: jdbc:postgresql://db/hr?user=hr&password=hunter2-secret\nquery: SELECT 1\n");
        assertTrue(url.contains("a jdbc URL that holds a password or user (jdbc:postgresql://db/hr)"), url);
        assertTrue(!url.contains("hunter2-secret"), url);
        String userinfo = error("jdbc: jdbc:postgresql://hr:hunter2-secret@db/hr\nquery: SELECT 1\n");
        assertTrue(!userinfo.contains("hunter2-secret"), userinfo);
    }

    @Test
    void aDatabaseMappingNeedsAQueryAndNoFile() {
        assertTrue(error("jdbc: jdbc:postgresql://db/hr\n").contains("missing 'query:'"));
        assertTrue(error("jdbc: jdbc:postgresql://db/hr\nquery: SELECT 1\nfile: export.csv\n")
                .contains("both 'file:' and 'jdbc:'"));
        assertTrue(error("jdbc: jdbc:mysql://db/hr\nquery: SELECT 1\n").contains("expected a PostgreSQL URL"));
        assertTrue(error("file: export.csv\nquery: SELECT 1\n").contains("key 'query' does not apply"));
    }
}
