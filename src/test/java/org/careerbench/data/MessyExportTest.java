package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture {@code fixtures/messy-export}: an HR export with a BOM, CRLF, ';' delimiter,
 * thousands separators, a spreadsheet escape, markers, a duplicate, monthly pay and euros,
 * read through its mapping. Each rule's outcome is counted.
 */
class MessyExportTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/messy-export");

    @TempDir
    Path dir;

    private Path copy() throws Exception {
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void everyRuleIsAppliedAndCounted() throws Exception {
        InputData data = new InputLoader().load(FIXTURE);
        QualityReport q = data.quality();
        String s = "salaries";
        assertEquals(1, q.count(s, QualityReason.EXCLUDED_BY_MAPPING));
        assertEquals(1, q.count(s, QualityReason.EXACT_DUPLICATE));
        assertEquals(1, q.count(s, QualityReason.SALARY_NOT_AVAILABLE));
        assertEquals(1, q.count(s, QualityReason.BELOW_FLOOR));
        assertEquals(1, q.count(s, QualityReason.CURRENCY_CONVERTED));
        assertEquals(1, q.count(s, QualityReason.SPREADSHEET_ESCAPE));
        assertEquals(1, q.count(s, QualityReason.TOP_CODED));
        assertEquals(1, q.count(s, QualityReason.CURRENCY_SYMBOL));
        assertEquals(3, q.count(s, QualityReason.THOUSANDS_SEPARATOR), "both copies of the duplicate, and >=208,000");
        assertEquals(List.of("export.csv: delimiter ';' detected from the header line",
                "salaries: EUR converted to USD at 0.92 EUR per USD (rates.csv, as of 2024-07-01)"), q.notes());

        List<SalaryObservation> kept = data.salaries();
        assertEquals(List.of(151853.0, 90000 / 0.92, 208000.0, 120000.0),
                kept.stream().map(SalaryObservation::baseSalary).toList());
        assertEquals(List.of(2L, 4L, 7L, 9L), kept.stream().map(SalaryObservation::line).toList());
        assertTrue(kept.stream().allMatch(o -> o.currency().equals("USD")));
        assertEquals("Senior", kept.get(0).level());
        assertEquals("SRE & ML Infrastructure", kept.get(0).roleFamily());
        assertEquals(4 + 3, data.quality().dropped(s) + kept.size() - 1, "8 rows: 4 kept, 4 dropped");
    }

    @Test
    void keepPolicyFlagsInsteadOfDropping() throws Exception {
        Path in = copy();
        Files.writeString(in.resolve("quality.yaml"), "duplicates: keep\nimplausible: keep\n");
        InputData data = new InputLoader().load(in);
        assertEquals(6, data.salaries().size());
        assertEquals(1, data.quality().count("salaries", QualityReason.BELOW_FLOOR_KEPT));
        assertEquals(0, data.quality().count("salaries", QualityReason.EXACT_DUPLICATE));
    }

    @Test
    void aCurrencyWithoutARateIsRefusedWithItsLine() throws Exception {
        Path in = copy();
        Files.delete(in.resolve("rates.csv"));
        DataException e = assertThrows(DataException.class, () -> new InputLoader().load(in));
        assertEquals("export.csv:4: column 'currency': found \"EUR\" with no exchange rate to USD, expected USD, a rate "
                + "for EUR in rates.csv, or a mapping that reads a USD column", e.getMessage());
    }

    @Test
    void unmappedValueNamesTheMappingAndTheKnownValues() throws Exception {
        Path in = copy();
        Files.writeString(in.resolve("export.csv"), Files.readString(in.resolve("export.csv")).replaceFirst(";MI;", ";XX;"));
        DataException e = assertThrows(DataException.class, () -> new InputLoader().load(in));
        assertEquals("export.csv:4:2: column 'level': found \"XX\" with no mapping (did you mean 'EX'?), "
                + "expected one of [EN, MI, SE, EX] "
                + "(values: in salaries.mapping.yaml; or list 'level' under pass-through: to keep unlisted values)",
                e.getMessage());
    }

    @Test
    void anotherEncodingIsReadWhenNamedAndAnErrorOtherwise() throws Exception {
        Path in = copy();
        String text = Files.readString(in.resolve("export.csv")).replace("\uFEFF", "").replace("Country", "Pays")
                .replace("Site Reliability Engineer;GB", "Site Reliability Engineer (Zoë);GB");
        Files.writeString(in.resolve("export.csv"), text, Charset.forName("windows-1252"));
        Files.writeString(in.resolve("salaries.mapping.yaml"), Files.readString(in.resolve("salaries.mapping.yaml"))
                .replace("country: Country", "country: Pays"));
        DataException e = assertThrows(DataException.class, () -> new InputLoader().load(in));
        assertTrue(e.getMessage().startsWith("export.csv:9: found bytes that are not valid UTF-8"), e.getMessage());
        InputData data = new InputLoader(Charset.forName("windows-1252")).load(in);
        assertEquals("Site Reliability Engineer (Zoë)", data.salaries().get(3).jobTitle());
    }
}
