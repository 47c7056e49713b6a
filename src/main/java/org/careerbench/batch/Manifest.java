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

    /** A template or theme file that a run used. */
    public record TemplateFile(String file, String sha256) {
    }
}
