package org.careerbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.careerbench.data.DataException;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.data.QualityReport;
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
        description = {"Checks every input file and template, as run would, and writes nothing. Lists every "
                + "problem (file:line:column, value found, what was expected), then a summary by kind. "
                + "Exit code 0 when valid (warnings allowed), 2 otherwise.", ""},
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
            InputData data = new InputLoader(inputs.encoding).load(inputs.input);
            List<String> warnings = new ArrayList<>(data.quality().notes());
            for (QualityReport.Entry e : data.quality().entries()) {
                out.printf("%s: %,d rows %s: %s%n", e.dataset(), e.rows(), e.reason().action().word(),
                        e.reason().description());
            }
            for (TemplateSpec t : new TemplateLoader().loadAll(inputs.templates)) {
                for (Report r : new ReportBuilder().buildAll(t, data, new ReportContext(YearMonth.now()))) {
                    warnings.addAll(r.warnings());
                    out.println("ok: " + t.source() + " -> " + r.fileName());
                }
            }
            warnings.stream().distinct().forEach(w -> out.println("warning: " + w));
            out.println("Valid: " + data.files().size() + " input files, " + data.salaries().size()
                    + " salary observations; " + warnings.stream().distinct().count() + " warnings.");
            out.flush();
            return ExitCodes.OK;
        } catch (DataException e) {
            e.problems().forEach(p -> err.println(p));
            err.println();
            err.println(e.problems().size() + " problems:");
            e.summary().forEach((kind, n) -> err.printf("  %6d  %s%n", n, kind));
            err.flush();
            return ExitCodes.BAD_INPUT;
        } catch (TemplateException e) {
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
