package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The datasets an input folder holds, each column declared once with its type and meaning. */
class StandardSchemasTest {
    private static List<DatasetSchema> every() {
        return Stream.concat(StandardSchemas.ALL.stream(), StandardSchemas.OPTIONAL.stream()).toList();
    }

    @Test
    void everySchemaIsFoundByNameAndNamesItsColumnsOnce() {
        for (DatasetSchema s : every()) {
            assertEquals(Optional.of(s), StandardSchemas.byName(s.name()));
            List<String> names = s.columns().stream().map(Column::name).toList();
            assertEquals(names.size(), new HashSet<>(names).size(), s.name() + ": " + names);
            assertTrue(s.columns().stream().allMatch(c -> !c.description().isBlank()), s.name());
            assertEquals(s.name() + ".csv", s.fileName());
        }
        assertEquals(Optional.empty(), StandardSchemas.byName("salary"));
    }

    @Test
    void theSampleInputHoldsEveryRequiredColumnOfEveryDataset() throws Exception {
        for (DatasetSchema s : every()) {
            Path file = Path.of("input").resolve(s.fileName());
            if (!Files.exists(file)) {
                assertTrue(StandardSchemas.OPTIONAL.contains(s), "a required dataset is missing: " + s.name());
                continue;
            }
            List<String> header = List.of(Files.readAllLines(file).get(0).split(",", -1));
            for (Column c : s.columns()) {
                if (c.required()) {
                    assertTrue(header.contains(c.name()), s.fileName() + " lacks " + c.name());
                }
            }
        }
    }

    @Test
    void aSalaryIsADecimalThatMayCarryAPublishersMarker() {
        Column base = StandardSchemas.SALARIES.column("base_salary").orElseThrow();
        assertEquals(ColumnType.DECIMAL, base.type());
        assertTrue(base.markers());
        assertEquals("per year", base.unit());
        assertEquals(List.of("Small", "Medium", "Large"), StandardSchemas.SALARIES.column("company_size").orElseThrow()
                .allowed());
        assertFalse(StandardSchemas.SALARIES.column("organisation").orElseThrow().required());
    }
}
