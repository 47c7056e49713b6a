package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityPolicyTest {
    @TempDir
    Path dir;

    @Test
    void defaultsWithoutAFile() throws Exception {
        assertEquals(QualityPolicy.DEFAULT, QualityPolicy.of(dir));
        assertEquals(10_000, QualityPolicy.DEFAULT.salaryFloor());
        assertEquals(2_000_000, QualityPolicy.DEFAULT.salaryCeiling());
        assertTrue(QualityPolicy.DEFAULT.dropDuplicates());
    }

    @Test
    void readsEveryKey() throws Exception {
        Files.writeString(dir.resolve("quality.yaml"), "duplicates: keep\nsalary-floor: 5000\nsalary-ceiling: 900000\n"
                + "implausible: keep\ncurrency: EUR\n");
        assertEquals(new QualityPolicy(false, 5000, 900000, false, "EUR", "rates.csv", true), QualityPolicy.of(dir));
    }

    @Test
    void rejectsUnknownValues() throws Exception {
        Files.writeString(dir.resolve("quality.yaml"), "duplicates: maybe\n");
        DataException e = assertThrows(DataException.class, () -> QualityPolicy.of(dir));
        assertEquals(dir.resolve("quality.yaml") + ":1: unknown duplicates 'maybe' in the quality policy; expected one "
                + "of [drop, keep]", e.getMessage());
    }
}
