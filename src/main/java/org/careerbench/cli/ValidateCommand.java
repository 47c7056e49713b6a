package org.careerbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.careerbench.batch.RunFailure;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.careerbench.data.QualityReport;
import org.careerbench.report.Report;
import org.careerbench.diagnostics.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careerbench validate}: {@code run} without rendering and publishing — the same
 * preparation, so anything {@code run} refuses, {@code validate} refuses in the same words.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every input file and template exactly as run would, and writes nothing. Lists every "
                + "problem (file:line, what was found, what is accepted), then a count by kind. "
                + "Exit code 0 when valid (warnings allowed), 2 otherwise.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  careerbench validate --input input --templates templates --period 2026-11"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "${env:CAREERBENCH_ZONE:-UTC}",
            description = "time zone of the current month, as for run (default: $CAREERBENCH_ZONE or UTC)")
    java.time.ZoneId zone;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = PeriodConverter.class,
            description = "reporting period to check for (default: the current month in --zone)")
    YearMonth period;

    @Option(names = "--strict", description = "treat every data warning as a problem, as run --strict does")
    boolean strict;

    @Option(names = "--allow-future", description = "accept a period more than a month after the current one "
            + "(refused otherwise: salaries would be aged to it as if it were real)")
    boolean allowFuture;


    private final Clock clock;

    ValidateCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        YearMonth p = period != null ? period : YearMonth.now(clock.withZone(zone));
        try {
            RunOptions options = new RunOptions(inputs.input, inputs.templates, java.nio.file.Path.of("output"), p,
                    "careerbench validate", inputs.encoding, clock.instant(), org.careerbench.batch.Shard.ALL, 1);
            RunJob.Prepared prepared = new RunJob(RunLog.SILENT, clock).prepare(options.withStrict(strict)
                    .withAllowFuture(allowFuture));
            for (QualityReport.Entry e : prepared.data().quality().entries()) {
                out.printf("%s: %s %s: %s%n", e.dataset(), Plural.of(e.rows(), "row"), e.reason().action().word(),
                        e.reason().description());
            }
            Set<String> warnings = new LinkedHashSet<>(prepared.data().quality().notes());
            for (Report r : prepared.reports()) {
                warnings.addAll(r.warnings());
                out.println("ok: " + r.fileName() + " for " + p);
            }
            warnings.forEach(w -> out.println("warning: " + w));
            prepared.skipped().forEach(k -> out.println("skipped: " + k));
            out.println("Valid: " + Plural.of(prepared.data().files().size(), "input file") + ", "
                    + Plural.of(prepared.data().salaries().size(), "salary observation") + ", "
                    + Plural.of(prepared.specs().size(), "template") + "; " + Plural.of(warnings.size(), "warning") + ".");
            out.flush();
            return ExitCodes.OK;
        } catch (RunFailure f) {
            err.println(f.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }
}
