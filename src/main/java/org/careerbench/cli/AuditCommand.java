package org.careerbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.careerbench.audit.Finding;
import org.careerbench.audit.PeriodAudit;
import org.careerbench.batch.RunFailure;
import org.careerbench.diagnostics.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careerbench audit}: checks that a published period gives away nothing it withholds. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Checks that the files of a published period FOLDER give away nothing they withhold: "
                + "recalculates every workbook and reads every PDF and web page, looking for each withheld "
                + "figure, each salary behind a withheld median and, in a burst, any other group's salaries and "
                + "figures; and checks that no withheld mean follows from the published ones. Reads the input "
                + "and templates the period was built from (their SHA-256 must match its manifest). Exit code 0 "
                + "when nothing is found, 1 on a finding, 2 when the folder, input or templates are not the "
                + "period's.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  careerbench audit output/2026-11"})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Parameters(paramLabel = "FOLDER", description = "a published period folder, e.g. output/2026-11")
    Path folder;

    private final Clock clock;

    AuditCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PeriodAudit.Result result;
        try {
            result = new PeriodAudit(clock).audit(folder, inputs.input, inputs.templates, inputs.encoding);
        } catch (RunFailure f) {
            err.println(f.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (result.findings().isEmpty()) {
            out.println(folder + ": " + Plural.of(result.files(), "file") + " of " + result.period()
                    + " audited; nothing withheld can be read, and no group's file holds another's figures");
            out.flush();
            return ExitCodes.OK;
        }
        for (Finding f : result.findings()) {
            err.println(folder.resolve(f.file()) + (f.where().isEmpty() ? "" : " " + f.where()) + ": " + f.what());
        }
        err.println(Plural.of(result.findings().size(), "finding") + " in " + folder + "; do not pass these files on");
        err.flush();
        return ExitCodes.RENDERING_FAILED;
    }
}
