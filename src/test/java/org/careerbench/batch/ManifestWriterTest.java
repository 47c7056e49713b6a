package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.data.InputFile;
import org.careerbench.data.QualityReason;
import org.careerbench.data.QualityReport;
import org.careerbench.data.SourceMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's manifest as JSON: every part a later check reads, under the names it reads them by. */
class ManifestWriterTest {
    @TempDir
    Path dir;

    private JsonNode written() throws Exception {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("ingest", 120L);
        stages.put("render", 900L);
        Manifest m = Manifest.builder("1.2.3", "careerbench run --period 2026-11", "2026-11")
                .effectiveDates(List.of("2026-11-01")).timing(Instant.parse("2026-11-02T08:00:00Z"), 1500)
                .inputs(List.of(new InputFile("salaries", Path.of("input/salaries.csv"),
                        Optional.of(Path.of("input/salaries.mapping.yaml")), "ab".repeat(32), 1000, 990,
                        new SourceMapping.Provenance("A survey", "2024", "CC0")),
                        new InputFile("market", Path.of("input/market.csv"), Optional.empty(), "cd".repeat(32), 12, 12,
                                SourceMapping.Provenance.UNSTATED)),
                        new QualityReport(List.of(new QualityReport.Entry("salaries", QualityReason.EXACT_DUPLICATE,
                                10)), List.of()))
                .templates(List.of(new Manifest.TemplateFile("career-report.md", "ef".repeat(32))))
                .outputs(List.of(new OutputFile("career-report.pdf", 2048, "01".repeat(32), "Career report", "hr",
                        "n>=5 central"), new OutputFile("figures.csv", 512, "02".repeat(32), "")))
                .warnings(List.of("salaries.csv: one warning")).skipped(List.of("region 'Africa' skipped"))
                .stageMillis(stages).build();
        ManifestFile.write(dir, m);
        return new ObjectMapper().readTree(ManifestFile.of(dir).toFile());
    }

    @Test
    void theRunIsDescribed() throws Exception {
        JsonNode j = written();
        assertEquals("CareerBench", j.path("tool").asText());
        assertEquals("1.2.3", j.path("version").asText());
        assertEquals("careerbench run --period 2026-11", j.path("command").asText());
        assertEquals("2026-11", j.path("period").asText());
        assertEquals("2026-11-01", j.path("effective_dates").get(0).asText());
        assertEquals("2026-11-02T08:00:00Z", j.path("started").asText());
        assertEquals(1500, j.path("duration_ms").asLong());
        assertEquals(List.of("ingest", "render"), List.copyOf(iterable(j.path("stage_ms").fieldNames())));
    }

    @Test
    void inputsNameTheirFileMappingHashRowsAndStatedSourceOnly() throws Exception {
        JsonNode in = written().path("inputs");
        assertEquals("salaries.csv", in.get(0).path("file").asText(), "the name, never the machine's path");
        assertEquals("salaries.mapping.yaml", in.get(0).path("mapping").asText());
        assertEquals(1000, in.get(0).path("rows_read").asLong());
        assertEquals(990, in.get(0).path("rows_kept").asLong());
        assertEquals("A survey", in.get(0).path("source").asText());
        assertEquals("CC0", in.get(0).path("licence").asText());
        assertFalse(in.get(1).has("mapping"));
        assertFalse(in.get(1).has("source"), "an unstated source is not written as an empty one");
        assertEquals(YearMonth.of(2026, 11), ManifestFile.read(dir).period().orElseThrow());
    }

    @Test
    void outputsCarryAudienceAndSuppressionWhereDeclared() throws Exception {
        JsonNode out = written().path("outputs");
        assertEquals("hr", out.get(0).path("audience").asText());
        assertEquals("n>=5 central", out.get(0).path("suppression").asText());
        assertEquals(2048, out.get(0).path("bytes").asLong());
        assertFalse(out.get(1).has("title"));
        assertFalse(out.get(1).has("audience"));
        assertEquals(2, ManifestFile.read(dir).outputs().size());
    }

    @Test
    void dataQualityWarningsAndSkippedReportsAreCounted() throws Exception {
        JsonNode j = written();
        JsonNode q = j.path("data_quality").get(0);
        assertEquals("exact_duplicate", q.path("reason").asText());
        assertEquals(10, q.path("rows").asLong());
        assertEquals("exact duplicate of an earlier row", q.path("description").asText());
        assertEquals(1, j.path("warning_count").asInt());
        assertEquals("region 'Africa' skipped", j.path("skipped").get(0).asText());
        assertTrue(Files.readString(ManifestFile.of(dir)).contains("\n"), "pretty-printed for people");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
