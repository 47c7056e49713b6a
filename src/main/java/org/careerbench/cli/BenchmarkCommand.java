package org.careerbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.careerbench.bench.IngestBenchmark;
import org.careerbench.bench.PipelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careerbench benchmark}: measures the pipeline on generated inputs. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Times the whole pipeline on each size for two inputs, a generated salaries.csv and rows "
                + "drawn from the raw export read through its mapping (ingest, stats, PDF, XLSX; rows/s; peak heap "
                + "and RSS), each stage beside a floor measured in the same run (bare Commons CSV parsing; the "
                + "Observations cells streamed by hand into a zip), then a burst of many reports on one thread and "
                + "on all, then --help. With --ingest-only, times ingestion alone on --rows rows.", ""},

        footerHeading = "%nExamples:%n",
        footer = {"  java -Xmx512m -jar target/careerbench-app.jar benchmark",
                "  java -Xmx512m -jar target/careerbench-app.jar benchmark --ingest-only --rows 1000000"})
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", defaultValue = "1000,10000,100000,1000000", split = ",",
            description = "salary row counts to run the pipeline on (default: ${DEFAULT-VALUE}); the first is the "
                    + "start-up reference for the growth ratios")
    List<Long> sizes;

    @Option(names = "--burst", defaultValue = "200", description = "reports in the burst test, 0 to skip "
            + "(default: ${DEFAULT-VALUE})")
    int burst;

    @Option(names = "--repeats", defaultValue = "3", description = "runs per measurement, median reported "
            + "(default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--ingest-only", description = "time ingestion alone against bare parsing")
    boolean ingestOnly;

    @Option(names = "--rows", defaultValue = "1000000", description = "rows for --ingest-only (default: ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "folder with the other datasets (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "templates to run (default: ${DEFAULT-VALUE})")
    Path templates;

    @Override
    public Integer call() throws Exception {
        if (ingestOnly) {
            new IngestBenchmark(spec.commandLine().getOut()).run(input, rows, repeats);
        } else {
            new PipelineBenchmark(spec.commandLine().getOut(), input, templates, repeats).run(sizes, burst);
        }
        return ExitCodes.OK;
    }

}
