package org.careerbench.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.careerbench.data.InputFile;
import org.careerbench.data.QualityReport;

/** Writes a {@link Manifest} as pretty-printed JSON (Jackson streaming, no reflection). */
final class ManifestWriter {
    private final JsonFactory json = new JsonFactory();

    void write(Manifest m, Path file) throws IOException {
        try (JsonGenerator g = json.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("tool", "CareerBench");
            g.writeStringField("version", m.version());
            g.writeStringField("commit", Version.commit());
            g.writeStringField("command", m.commandLine());
            g.writeStringField("period", m.period());
            g.writeArrayFieldStart("effective_dates");
            for (String d : m.effectiveDates()) {
                g.writeString(d);
            }
            g.writeEndArray();
            g.writeStringField("started", m.started().toString());
            g.writeNumberField("duration_ms", m.millis());
            g.writeArrayFieldStart("inputs");
            for (InputFile f : m.inputs()) {
                g.writeStartObject();
                g.writeStringField("dataset", f.dataset());
                if (f.origin().database().isPresent()) {
                    // A query: where and what was read, and when; the sha256 below is of the rows it gave.
                    g.writeStringField("database", f.origin().database().get());
                    g.writeStringField("query_sha256", f.origin().querySha256().orElse(""));
                    g.writeStringField("read_at", f.origin().readAt().map(Object::toString).orElse(""));
                } else {
                    g.writeStringField("file", f.path().getFileName().toString());
                }
                if (f.origin().sheet().isPresent()) {
                    g.writeStringField("sheet", f.origin().sheet().get());
                }
                if (f.mapping().isPresent()) {
                    g.writeStringField("mapping", f.mapping().get().getFileName().toString());
                }
                g.writeStringField("sha256", f.sha256());
                g.writeNumberField("rows_read", f.rowsRead());
                g.writeNumberField("rows_kept", f.rowsKept());
                if (f.provenance().stated()) {
                    g.writeStringField("source", f.provenance().source());
                    g.writeStringField("as_of", f.provenance().asOf());
                    g.writeStringField("licence", f.provenance().licence());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("templates");
            for (Manifest.TemplateFile t : m.templates()) {
                g.writeStartObject();
                g.writeStringField("file", t.file());
                g.writeStringField("sha256", t.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("outputs");
            for (OutputFile o : m.outputs()) {
                g.writeStartObject();
                g.writeStringField("file", o.name());
                g.writeNumberField("bytes", o.bytes());
                g.writeStringField("sha256", o.sha256());
                if (!o.title().isEmpty()) {
                    g.writeStringField("title", o.title());
                }
                if (!o.audience().isEmpty()) {
                    g.writeStringField("audience", o.audience());
                }
                if (!o.suppression().isEmpty()) {
                    g.writeStringField("suppression", o.suppression());
                }
                if (!o.language().isEmpty()) {
                    g.writeStringField("language", o.language());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("data_quality");
            for (QualityReport.Entry e : m.quality().entries()) {
                g.writeStartObject();
                g.writeStringField("dataset", e.dataset());
                g.writeStringField("reason", e.reason().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("action", e.reason().action().word());
                g.writeNumberField("rows", e.rows());
                g.writeStringField("description", e.reason().description());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("warning_count", m.warnings().size());
            g.writeArrayFieldStart("warnings");
            for (String w : m.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (String k : m.skipped()) {
                g.writeString(k);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("stage_ms");
            for (Map.Entry<String, Long> e : m.stageMillis().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }
}
