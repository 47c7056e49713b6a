package org.careerbench.cli;

/** The command line for tests of other packages: exit code and what it printed. */
public final class CliRunner {
    private final Cli cli = new Cli();

    /** Runs {@code careerbench args…}; returns the exit code. */
    public int run(String... args) {
        return cli.run(args);
    }

    /** What it printed on standard error. */
    public String err() {
        return cli.err.toString();
    }

    /** What it printed on standard output. */
    public String out() {
        return cli.out.toString();
    }
}
