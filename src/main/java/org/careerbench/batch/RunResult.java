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
 */
public record RunResult(Path folder, List<OutputFile> outputs, List<String> warnings, long millis) {
    public RunResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
    }
}
