package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a second mapping for a dataset was silently ignored; a value map had no
 * pass-through and the rows it rewrote were not counted; a folder holding both
 * {@code salaries.csv} and {@code salaries.mapping.yaml} used the mapping silently; every
 * reference dataset was required even when no template used it.
 */
class MappingsThatReshapeAndStackTest {
    @TempDir
    Path dir;

    private Path sample() throws Exception {
        return org.careerbench.SampleInput.copyTo(dir.resolve("in"));
    }

    /** The sample's salaries split in two files, each with its own mapping. */
    private Path splitSalaries() throws Exception {
        Path in = sample();
        List<String> lines = Files.readAllLines(in.resolve("salaries.csv"));
        int half = lines.size() / 2;
        List<String> first = new ArrayList<>(lines.subList(0, half));
        List<String> second = new ArrayList<>(List.of(lines.get(0)));
        second.addAll(lines.subList(half, lines.size()));
        Files.delete(in.resolve("salaries.csv"));
        Files.write(in.resolve("export-2023.csv"), first);
        Files.write(in.resolve("export-2024.csv"), second);
        Files.writeString(in.resolve("salaries.mapping.yaml"), "file: export-2023.csv\n");
        Files.writeString(in.resolve("salaries-2024.mapping.yaml"), "dataset: salaries\nfile: export-2024.csv\n");
        return in;
    }

    @Test
    void twoMappingsForOneDatasetAreStackedEachFileCounted() throws Exception {
        Path in = splitSalaries();
        InputData data = new InputLoader().load(in);
        assertEquals(1838, data.salaries().size());
        List<InputFile> files = data.files().stream().filter(f -> f.dataset().equals("salaries")).toList();
        assertEquals(List.of("export-2023.csv", "export-2024.csv"), files.stream()
                .map(f -> f.path().getFileName().toString()).sorted().toList());
        assertEquals(1838, files.stream().mapToLong(InputFile::rowsKept).sum());
    }

    @Test
    void oneMappingListingSeveralFilesStacksThem() throws Exception {
        Path in = splitSalaries();
        Files.delete(in.resolve("salaries-2024.mapping.yaml"));
        Files.writeString(in.resolve("salaries.mapping.yaml"), "file: [export-2023.csv, export-2024.csv]\n");
        assertEquals(1838, new InputLoader().load(in).salaries().size());
    }

    @Test
    void aValueMapWithPassThroughFixesOneValueAndCountsTheRewrite() throws Exception {
        Path in = sample();
        List<String> lines = new ArrayList<>(Files.readAllLines(in.resolve("salaries.csv")));
        lines.set(1, lines.get(1).replaceFirst(",(\\d{4})$", ",$1e"));
        Files.write(in.resolve("export.csv"), lines);
        Files.delete(in.resolve("salaries.csv"));
        String year = lines.get(1).replaceFirst("^.*,(\\d{4})e$", "$1");
        Files.writeString(in.resolve("salaries.mapping.yaml"), "file: export.csv\nvalues:\n  year: {" + year + "e: "
                + year + "}\npass-through: [year]\n");
        InputData data = new InputLoader().load(in);
        assertEquals(1838, data.salaries().size());
        assertTrue(data.quality().entries().stream().anyMatch(e -> e.reason() == QualityReason.VALUE_MAPPED
                && e.rows() == 1), data.quality().entries().toString());
    }

    @Test
    void aDatasetGivenBothAsCsvAndAsMappingIsRefused() throws Exception {
        Path in = sample();
        Files.copy(in.resolve("salaries.csv"), in.resolve("export.csv"));
        Files.writeString(in.resolve("salaries.mapping.yaml"), "file: export.csv\n");
        String e = assertThrows(DataException.class, () -> new InputLoader().load(in)).getMessage();
        assertTrue(e.contains("found both salaries.csv and salaries.mapping.yaml for the 'salaries' dataset"), e);
    }

    @Test
    void aMappingForAnUnknownDatasetIsRefused() throws Exception {
        Path in = sample();
        Files.writeString(in.resolve("salary.mapping.yaml"), "file: salaries.csv\n");
        String e = assertThrows(DataException.class, () -> new InputLoader().load(in)).getMessage();
        assertTrue(e.contains("found a mapping for dataset 'salary' (did you mean 'salaries'?)"), e);
    }

    @Test
    void aReferenceDatasetNoTemplateUsesNeedNotBeThere() throws Exception {
        Path in = sample();
        Files.delete(in.resolve("skills.csv"));
        InputData data = new InputLoader().load(in, new Needs(Map.of("market", "t.md:9 (table source: market)"),
                Optional.empty()));
        assertTrue(data.skills().isEmpty());
        Files.delete(in.resolve("market.csv"));
        String e = assertThrows(DataException.class, () -> new InputLoader().load(in,
                new Needs(Map.of("market", "t.md:9 (table source: market)"), Optional.empty()))).getMessage();
        assertTrue(e.contains("expected the 'market' dataset, which t.md:9 (table source: market) uses"), e);
    }
}
