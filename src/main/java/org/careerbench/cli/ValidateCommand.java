package org.careerbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.careerbench.data.DataException;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.report.Report;
import org.careerbench.report.ReportBuilder;
import org.careerbench.report.ReportContext;
import org.careerbench.template.TemplateException;
import org.careerbench.template.TemplateLoader;
import org.careerbench.template.TemplateSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code careerbench validate}: checks input data and templates without writing anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every input file and template, as run would, and writes nothing. Exit code 0 when "
                + "valid (warnings allowed), 2 otherwise.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  careerbench validate --input input --templates templates"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            InputData data = new InputLoader().load(inputs.input);
            int warnings = 0;
            for (TemplateSpec t : new TemplateLoader().loadAll(inputs.templates)) {
                Report r = new ReportBuilder().build(t, data, new ReportContext(YearMonth.now()));
                for (String w : r.warnings()) {
                    out.println("warning: " + w);
                    warnings++;
                }
                out.println("ok: " + t.source() + " -> " + t.outputFileName());
            }
            out.println("Valid: " + data.files().size() + " input files, " + data.salaries().size()
                    + " salary observations; " + warnings + " warnings.");
            out.flush();
            return ExitCodes.OK;
        } catch (DataException | TemplateException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("cannot read: " + e);
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }
}
