package org.careerbench.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where input data and templates are read from; shared by run and validate. */
final class InputOptions {
    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "folder of input CSV files and mappings (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "${env:CAREERBENCH_TEMPLATES:-templates}",
            description = "folder of templates and theme (default: $CAREERBENCH_TEMPLATES or templates)")
    Path templates;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = CharsetConverter.class,
            description = "encoding of input files whose mapping names none, e.g. windows-1252 "
                    + "(default: ${DEFAULT-VALUE})")
    Charset encoding;
}
