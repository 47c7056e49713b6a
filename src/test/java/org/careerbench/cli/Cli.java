package org.careerbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The command line as a test runs it: what it printed on each stream, and its exit code. */
final class Cli {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private final java.time.Clock clock;

    Cli() {
        this(java.time.Clock.systemUTC());
    }

    /** A command line that tells time by {@code clock}. */
    Cli(java.time.Clock clock) {
        this.clock = clock;
    }

    int run(String... args) {
        CommandLine cli = Main.commandLine(clock);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
