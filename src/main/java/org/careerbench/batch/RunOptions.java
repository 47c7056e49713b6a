package org.careerbench.batch;

import java.nio.charset.Charset;
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
 * @param encoding    charset of input files whose mapping names none
 */
public record RunOptions(Path input, Path templates, Path outputRoot, YearMonth period, String commandLine,
        Charset encoding) {
    public RunOptions {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(outputRoot, "outputRoot");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(commandLine, "commandLine");
    }

    /** Options with UTF-8 input. */
    public RunOptions(Path input, Path templates, Path outputRoot, YearMonth period, String commandLine) {
        this(input, templates, outputRoot, period, commandLine, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The published folder of this run, e.g. {@code output/2026-11}. */
    public Path periodFolder() {
        return outputRoot.resolve(period.toString());
    }
}
