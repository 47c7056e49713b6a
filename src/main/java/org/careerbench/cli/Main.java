package org.careerbench.cli;

import java.time.Clock;
import org.careerbench.render.LibrarySettings;
import picocli.CommandLine;

/** Entry point of the {@code careerbench} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LibraryLog.install();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line on the system clock. */
    public static CommandLine commandLine() {
        return commandLine(Clock.systemUTC());
    }

    /**
     * The configured command line, telling time by {@code clock}; tests redirect its output with
     * {@code setOut}/{@code setErr}.
     */
    public static CommandLine commandLine(Clock clock) {
        LibrarySettings.apply();
        CommandLine cli = new CommandLine(new CareerBenchCommand(), new CommandFactory(clock));
        // Unmatched or invalid arguments are usage errors: the same exit code as bad input.
        cli.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        UnexpectedFailures failures = new UnexpectedFailures(clock,
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
        cli.setExecutionStrategy(failures);
        cli.setExecutionExceptionHandler(failures);
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("careerbench: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }
}
