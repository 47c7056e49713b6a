package org.careerbench.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's salaries: the same rows for the same seed, in the project's schema, read without a problem. */
class SyntheticSalariesTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        assertEquals(SyntheticSalaries.write(a, 500, 7), Files.size(a), "the size it says it wrote");
        SyntheticSalaries.write(b, 500, 7);
        SyntheticSalaries.write(c, 500, 8);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
        assertEquals(501, Files.readAllLines(a).size(), "a header and one line per row");
    }

    @Test
    void theRowsAreReadAsAnyInputIs() throws Exception {
        Path input = Files.createDirectory(dir.resolve("input"));
        for (String f : List.of("salary-ranges.csv", "regional-differentials.csv", "market.csv", "skills.csv",
                "sources.csv")) {
            Files.copy(Path.of("input", f), input.resolve(f));
        }
        SyntheticSalaries.write(input.resolve("salaries.csv"), 2_000, 42);
        InputData data = new InputLoader().load(input);
        assertEquals(2_000, data.salaries().size(), "no row dropped: every synthetic row is plausible");
        Set<String> levels = data.salaries().stream().map(o -> o.level()).collect(Collectors.toSet());
        assertEquals(Set.of("Entry", "Mid", "Senior", "Executive"), levels);
    }

    @Test
    void madeUpCountriesGiveABurstThatManyGroups() throws Exception {
        Path f = dir.resolve("countries.csv");
        SyntheticSalaries.write(f, 3_000, 1, 25);
        Set<String> countries = Files.readAllLines(f).stream().skip(1).map(l -> l.split(",")[3])
                .collect(Collectors.toSet());
        assertEquals(25, countries.size());
        assertTrue(countries.stream().allMatch(c -> c.matches("C0\\d\\d")), countries.toString());
    }
}

