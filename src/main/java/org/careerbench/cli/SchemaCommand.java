package org.careerbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.careerbench.data.Column;
import org.careerbench.data.DatasetSchema;
import org.careerbench.data.StandardSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code careerbench schema}: prints the declared columns of one or every dataset. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints each dataset's declared columns: type, required or optional, allowed values, unit.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {"  careerbench schema", "  careerbench schema salaries"})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DATASET", description = "salaries, salary-ranges, "
            + "regional-differentials, market, skills, sources, survey-percentiles or rates (default: all)")
    String dataset;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DatasetSchema> schemas;
        if (dataset == null) {
            schemas = Stream.concat(StandardSchemas.ALL.stream(), StandardSchemas.OPTIONAL.stream()).toList();
        } else {
            var schema = StandardSchemas.byName(dataset);
            if (schema.isEmpty()) {
                spec.commandLine().getErr().println("careerbench schema: no dataset '" + dataset + "'; expected one of "
                        + Stream.concat(StandardSchemas.ALL.stream(), StandardSchemas.OPTIONAL.stream())
                                .map(DatasetSchema::name).toList());
                return ExitCodes.BAD_INPUT;
            }
            schemas = List.of(schema.get());
        }
        for (DatasetSchema s : schemas) {
            out.println(s.name() + " (" + s.fileName() + ", or " + s.name() + ".mapping.yaml; "
                    + (StandardSchemas.ALL.contains(s) ? "required" : "optional") + ")");
            out.printf("  %-16s %-14s %-9s %s%n", "column", "type", "required", "meaning");
            for (Column c : s.columns()) {
                StringBuilder meaning = new StringBuilder(c.description());
                if (!c.unit().isEmpty()) {
                    meaning.append(" [").append(c.unit()).append(']');
                }
                if (!c.allowed().isEmpty()) {
                    meaning.append("; one of ").append(String.join(", ", c.allowed()));
                }
                if (c.markers()) {
                    meaning.append("; accepts markers * (not available) and # or >=N (top-coded)");
                }
                out.printf("  %-16s %-14s %-9s %s%n", c.name(), c.type().name().toLowerCase(java.util.Locale.ROOT),
                        c.required() ? "yes" : "no", meaning);
            }
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }
}
