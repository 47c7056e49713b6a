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
                + "'columns'?); expected one of [dataset, file, outside-input, delimiter, encoding, columns, values, "
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
}
