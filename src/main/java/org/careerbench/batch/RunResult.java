package org.careerbench.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * A completed run.
 *
 * @param folder   the published period folder
 * @param outputs  deliverables, manifest excluded
 * @param warnings data warnings, in the order raised
 * @param millis   wall time of the run
 * @param stages   milliseconds per stage: ingest, stats, render (wall), pdf_cpu, charts_cpu, xlsx_cpu (summed
 *                 over rendering threads), publish
 */
public record RunResult(Path folder, List<OutputFile> outputs, List<String> warnings, long millis,
        java.util.Map<String, Long> stages) {
    public RunResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }
}
