package org.careerbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.careerbench.batch.IoWords;
import org.careerbench.batch.RunFailure;
import org.careerbench.data.DataException;
import org.careerbench.template.TemplateException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure no command handled becomes words and an exit code, for every
 * command: a fault in the user's files is exit 2 with its own sentence; an input/output failure
 * exit 1 with what happened to which file; anything else is a fault of CareerBench itself, exit
 * 1 with one sentence and the name of the file that holds the details. No Java class name or
 * stack trace reaches the screen. Errors of the virtual machine (a stack exhausted, memory gone)
 * are caught too, so a supervisor never sees a clean exit for a run that died.
 */
final class UnexpectedFailures implements IExecutionExceptionHandler, IExecutionStrategy {
    private final IExecutionStrategy inner = new CommandLine.RunLast();
    private final Clock clock;
    private final Path logFolder;

    /**
     * @param clock     names the details file by time
     * @param logFolder where the details of an internal error are written (the system temp folder)
     */
    UnexpectedFailures(Clock clock, Path logFolder) {
        this.clock = clock;
        this.logFolder = logFolder;
    }

    @Override
    public int execute(ParseResult parseResult) throws CommandLine.ExecutionException {
        try {
            return inner.execute(parseResult);
        } catch (Error e) {
            CommandLine command = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
            return internal(e, command, e instanceof OutOfMemoryError
                    ? "it ran out of memory (give it more with CAREERBENCH_JAVA_OPTS=-Xmx2g, for example)"
                    : e instanceof StackOverflowError ? "it ran out of stack" : null);
        }
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        String name = "careerbench " + command.getCommandName();
        if (e instanceof RunFailure f) {
            err.println(name + ": " + (f.kind() == RunFailure.Kind.BAD_INPUT ? "bad input, nothing written:" : "failed:"));
            err.println(f.getMessage());
            err.flush();
            return f.kind() == RunFailure.Kind.BAD_INPUT ? ExitCodes.BAD_INPUT : ExitCodes.RENDERING_FAILED;
        }
        if (e instanceof DataException || e instanceof TemplateException) {
            err.println(name + ": " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        IOException io = e instanceof IOException i ? i : e instanceof UncheckedIOException u ? u.getCause() : null;
        if (io != null) {
            err.println(name + ": failed: " + IoWords.of(io));
            err.flush();
            return ExitCodes.RENDERING_FAILED;
        }
        return internal(e, command, null);
    }

    /** One sentence on the screen, the trace in a file named there; exit 1. */
    private int internal(Throwable e, CommandLine command, String what) {
        PrintWriter err = command.getErr();
        String name = "careerbench " + command.getCommandName();
        String where;
        try {
            Path file = logFolder.resolve("careerbench-error-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                    .withZone(ZoneOffset.UTC).format(clock.instant()) + "-" + ProcessHandle.current().pid() + ".log");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String body = "careerbench " + org.careerbench.batch.Version.current() + System.lineSeparator()
                    + String.join(" ", command.getParseResult() == null ? java.util.List.of()
                            : command.getParseResult().originalArgs()) + System.lineSeparator()
                    + (e instanceof StackOverflowError ? firstFrames(e) : trace);
            Files.writeString(file, body, StandardCharsets.UTF_8);
            where = "the details are in " + file;
        } catch (IOException | RuntimeException | Error cannot) {
            where = "its details could not be written to " + logFolder;
        }
        err.println(name + ": internal error: " + (what == null ? "a fault in careerbench itself, not in your "
                + "data or templates" : "careerbench stopped: " + what) + "; nothing that was not already published "
                + "was published; " + where + " (please send it with a report)");
        err.flush();
        return ExitCodes.RENDERING_FAILED;
    }

    /** A stack overflow's trace is thousands of equal frames; the first hundred say where. */
    private static String firstFrames(Throwable e) {
        StringBuilder out = new StringBuilder(e.toString()).append(System.lineSeparator());
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(100, frames.length); i++) {
            out.append("\tat ").append(frames[i]).append(System.lineSeparator());
        }
        return out.toString();
    }
}
