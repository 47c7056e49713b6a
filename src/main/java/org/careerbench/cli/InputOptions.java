package org.careerbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where input data and templates are read from; shared by run and validate. */
final class InputOptions {
    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "folder of input CSV files (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "folder of templates and theme (default: ${DEFAULT-VALUE})")
    Path templates;
}
