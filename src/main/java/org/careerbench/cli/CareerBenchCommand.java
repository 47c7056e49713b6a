package org.careerbench.cli;

import org.careerbench.batch.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command; does nothing by itself but list its subcommands. */
@Command(name = "careerbench",
        mixinStandardHelpOptions = true,
        versionProvider = CareerBenchCommand.VersionProvider.class,
        description = {"Career reports (PDF) and salary benchmark workbooks (XLSX) from CSV data and templates.", ""},
        subcommands = {RunCommand.class, ValidateCommand.class, ScheduleCommand.class, GatherCommand.class, DeliverCommand.class,
                VerifyCommand.class, AuditCommand.class,
                SchemaCommand.class, NewTemplateCommand.class,
                BenchmarkCommand.class,
                picocli.CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok (or the period was already published and skipped)",
                "  1  a deliverable could not be rendered; nothing published, previous run intact",
                "     (verify: the folder does not match its manifest)",
                "  2  bad input data, template or usage; nothing written",
                "  3  another run holds the output folder's lock; nothing written",
                "  4  published, but a letter of its delivery was not sent (deliver retries)",
                "  5  published and delivered, but a step after publishing failed (the ledger,",
                "     --keep); the next run repairs or retries it", "",
                "Example:", "  careerbench run --period 2026-11"})
public final class CareerBenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version the build stamped into the jar. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"careerbench " + Version.current() + " (commit " + Version.commit() + ")"};
        }
    }
}
