package org.careerbench.batch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.careerbench.data.InputFile;
import org.careerbench.data.QualityReport;

/**
 * What a published run contains and how it was made; written as {@code manifest.json}.
 *
 * @param version     CareerBench version
 * @param commandLine the command that made the run
 * @param period      reporting period
 * @param effectiveDates the dates the templates age salaries to (the period's first day unless a template says)
 * @param started     start of the run
 * @param millis      wall time of the run up to writing the manifest
 * @param inputs      input files with hash and row count
 * @param quality     rows dropped, changed or flagged during ingestion, by dataset and reason
 * @param templates   template and theme files with hash
 * @param outputs     deliverables with size and hash
 * @param warnings    data warnings
 * @param skipped     burst reports not rendered, each with why (too few observations)
 * @param stageMillis wall time per stage, in run order
 */
public record Manifest(String version, String commandLine, String period, List<String> effectiveDates,
        Instant started, long millis,
        List<InputFile> inputs, QualityReport quality, List<TemplateFile> templates, List<OutputFile> outputs,
        List<String> warnings, List<String> skipped, Map<String, Long> stageMillis) {
    public Manifest {
        skipped = List.copyOf(skipped);
        effectiveDates = List.copyOf(effectiveDates);
        inputs = List.copyOf(inputs);
        templates = List.copyOf(templates);
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    /**
     * A manifest to be named part by part: the version, command and period that every manifest has;
     * every list left out is empty, the quality report has no entries, the run started at the epoch
     * and took no time.
     */
    public static Builder builder(String version, String commandLine, String period) {
        return new Builder(version, commandLine, period);
    }

    /** Names a manifest's parts one by one; {@link #build} makes the immutable manifest. */
    public static final class Builder {
        private final String version;
        private final String commandLine;
        private final String period;
        private List<String> effectiveDates = List.of();
        private Instant started = Instant.EPOCH;
        private long millis;
        private List<InputFile> inputs = List.of();
        private QualityReport quality = new QualityReport(List.of(), List.of());
        private List<TemplateFile> templates = List.of();
        private List<OutputFile> outputs = List.of();
        private List<String> warnings = List.of();
        private List<String> skipped = List.of();
        private Map<String, Long> stageMillis = Map.of();

        private Builder(String version, String commandLine, String period) {
            this.version = version;
            this.commandLine = commandLine;
            this.period = period;
        }

        public Builder effectiveDates(List<String> effectiveDates) {
            this.effectiveDates = effectiveDates;
            return this;
        }

        /** When the run started and how long it took up to writing the manifest. */
        public Builder timing(Instant started, long millis) {
            this.started = started;
            this.millis = millis;
            return this;
        }

        /** What was read: the input files and what ingestion dropped, changed or flagged. */
        public Builder inputs(List<InputFile> inputs, QualityReport quality) {
            this.inputs = inputs;
            this.quality = quality;
            return this;
        }

        public Builder templates(List<TemplateFile> templates) {
            this.templates = templates;
            return this;
        }

        public Builder outputs(List<OutputFile> outputs) {
            this.outputs = outputs;
            return this;
        }

        public Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        public Builder skipped(List<String> skipped) {
            this.skipped = skipped;
            return this;
        }

        /** Wall time per stage; the map's order is the run's. */
        public Builder stageMillis(Map<String, Long> stageMillis) {
            this.stageMillis = stageMillis;
            return this;
        }

        /** The manifest. */
        public Manifest build() {
            return new Manifest(version, commandLine, period, effectiveDates, started, millis, inputs, quality,
                    templates, outputs, warnings, skipped, stageMillis);
        }
    }

    /** A template or theme file that a run used. */
    public record TemplateFile(String file, String sha256) {
    }
}
