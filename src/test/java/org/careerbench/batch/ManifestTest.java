package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {

    @Test
    void builderLeavesUnnamedPartsEmpty() {
        Manifest m = Manifest.builder("1.0", "careerbench run", "2026-11").build();
        assertEquals("2026-11", m.period());
        assertEquals(Instant.EPOCH, m.started());
        assertEquals(0, m.millis());
        assertTrue(m.inputs().isEmpty());
        assertTrue(m.quality().entries().isEmpty());
        assertTrue(m.outputs().isEmpty());
        assertTrue(m.skipped().isEmpty());
        assertTrue(m.stageMillis().isEmpty());
    }

    @Test
    void stagesKeepTheRunsOrderAndLaterChangesToTheCallersListsDoNotReachTheManifest() {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("render", 5L);
        stages.put("ingest", 1L);
        List<String> warnings = new ArrayList<>(List.of("one"));
        Manifest m = Manifest.builder("1.0", "careerbench run", "2026-11").warnings(warnings).stageMillis(stages)
                .timing(Instant.parse("2026-11-02T08:00:00Z"), 42).build();
        warnings.add("two");
        stages.put("publish", 3L);
        assertEquals(List.of("one"), m.warnings());
        assertEquals(List.of("render", "ingest"), List.copyOf(m.stageMillis().keySet()));
        assertEquals(42, m.millis());
        assertThrows(UnsupportedOperationException.class, () -> m.outputs().add(null));
    }
}
