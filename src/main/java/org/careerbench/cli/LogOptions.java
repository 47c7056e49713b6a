package org.careerbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Option;

/** --quiet and --verbose, shared by the commands that log. */
final class LogOptions {
    @Option(names = {"-q", "--quiet"}, description = "only warnings and errors")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "also each step in detail")
    boolean verbose;

    ConsoleLog log(PrintWriter out, Clock clock) {
        ConsoleLog.Level level = quiet ? ConsoleLog.Level.QUIET : verbose ? ConsoleLog.Level.VERBOSE
                : ConsoleLog.Level.NORMAL;
        return new ConsoleLog(out, level, System.console() != null, clock);
    }
}
