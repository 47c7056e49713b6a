package org.careerbench.batch;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What one run reads, where it publishes and for which period. Immutable.
 *
 * @param input       folder of input CSVs
 * @param templates   folder of templates and theme
 * @param outputRoot  folder under which {@code <period>/} is published
 * @param period      reporting period
 * @param commandLine the command line, recorded in the manifest
 */
public record RunOptions(Path input, Path templates, Path outputRoot, YearMonth period, String commandLine) {
    public RunOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(outputRoot, "outputRoot");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(commandLine, "commandLine");
    }

    /** The published folder of this run, e.g. {@code output/2026-11}. */
    public Path periodFolder() {
        return outputRoot.resolve(period.toString());
    }
}
