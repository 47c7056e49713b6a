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

    /** What the command printed, on both streams. */
    String said() {
        return out + "\n" + err;
    }

    /**
     * Runs {@code args} as a fresh command line, checks that it refused them as bad input (exit 2) in
     * words, no Java class or stack trace on either stream, and returns what it said.
     */
    static String refused(String... args) {
        Cli cli = new Cli();
        int code = cli.run(args);
        String said = cli.said();
        org.junit.jupiter.api.Assertions.assertEquals(ExitCodes.BAD_INPUT, code, said);
        org.junit.jupiter.api.Assertions.assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        return said;
    }

    int run(String... args) {
        CommandLine cli = Main.commandLine(clock);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
