package org.careerbench.cli;

import picocli.CommandLine;

/** Entry point of the {@code careerbench} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, without exiting; used by tests. */
    public static int execute(String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = new CommandLine(new CareerBenchCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        return cli.execute(args);
    }
}
