package org.careerbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careerbench.bench.IngestBenchmark;
import org.careerbench.data.DataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careerbench benchmark}: measures ingestion on a generated salaries file. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Generates a deterministic salaries file of ROWS rows, then times bare Commons CSV parsing and "
                + "validated ingestion of it (median of REPEATS runs) and reports the peak heap.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  java -Xmx512m -jar target/careerbench-app.jar benchmark --rows 1000000"})
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "100000", description = "salary rows to generate (default: ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--repeats", defaultValue = "3", description = "timed runs per measurement (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "folder with the other datasets (default: ${DEFAULT-VALUE})")
    Path input;

    @Override
    public Integer call() throws IOException, DataException {
        new IngestBenchmark(spec.commandLine().getOut()).run(input, rows, repeats);
        return ExitCodes.OK;
    }
}
