package org.careerbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.careerbench.batch.OutputFile;
import org.careerbench.batch.RunFailure;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careerbench run}: one run for one period. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Reads the input data and templates, and publishes every deliverable and a manifest into "
                + "OUTPUT/<period>/. Nothing is written when the input or a template is invalid.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  careerbench run", "  careerbench run --period 2026-10 --input input --output output"})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "folder under which <period>/ is published (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = PeriodConverter.class,
            description = "reporting period (default: the current month)")
    YearMonth period;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        YearMonth p = period != null ? period : YearMonth.now();
        String commandLine = "careerbench " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        try {
            RunResult result = new RunJob(line -> out.println(line))
                    .run(new RunOptions(inputs.input, inputs.templates, output, p, commandLine, inputs.encoding));
            out.println("Published " + result.folder() + "/ for " + p + " in " + result.millis() + " ms:");
            for (OutputFile f : result.outputs()) {
                out.printf(Locale.ROOT, "  %-28s %,10d bytes%n", f.name(), f.bytes());
            }
            out.printf(Locale.ROOT, "  %-28s%n", "manifest.json");
            printWarnings(out, result);
            out.flush();
            return ExitCodes.OK;
        } catch (RunFailure f) {
            err.println("careerbench run: " + (f.kind() == RunFailure.Kind.BAD_INPUT ? "bad input, nothing written:"
                    : "failed:"));
            err.println(f.getMessage());
            err.flush();
            return f.kind() == RunFailure.Kind.BAD_INPUT ? ExitCodes.BAD_INPUT : ExitCodes.RENDERING_FAILED;
        }
    }

    private static void printWarnings(PrintWriter out, RunResult result) {
        if (result.warnings().isEmpty()) {
            out.println("No data warnings.");
            return;
        }
        out.println("Data warnings (" + result.warnings().size() + "):");
        result.warnings().forEach(w -> out.println("  - " + w));
    }
}
