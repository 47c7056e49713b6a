package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.careerbench.batch.RunFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class UnexpectedFailuresTest {
    @TempDir
    Path logs;

    private final StringWriter err = new StringWriter();

    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        private final Throwable failure;

        Probe(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    private int run(Throwable failure) {
        CommandLine cli = new CommandLine(new Probe(failure));
        UnexpectedFailures failures = new UnexpectedFailures(Clock.fixed(Instant.parse("2026-12-01T06:00:00Z"),
                ZoneOffset.UTC), logs);
        cli.setExecutionStrategy(failures);
        cli.setExecutionExceptionHandler(failures);
        cli.setErr(new PrintWriter(err, true));
        return cli.execute();
    }

    private List<Path> logFiles() throws IOException {
        try (Stream<Path> s = Files.list(logs)) {
            return s.toList();
        }
    }

    @Test
    void anInternalBugIsExitOneWithOneSentenceAndItsTraceInAFile() throws Exception {
        assertEquals(ExitCodes.RENDERING_FAILED, run(new IllegalStateException("index 7 out of bounds in Foo")));
        String said = err.toString();
        assertTrue(said.startsWith("careerbench probe: internal error"), said);
        assertFalse(said.contains("IllegalStateException") || said.contains("\tat ") || said.contains("java."), said);
        assertEquals(1, said.strip().lines().count(), said);
        Path log = logFiles().get(0);
        assertTrue(said.contains(log.toString()), said);
        assertTrue(Files.readString(log).contains("IllegalStateException"), "the trace is in the file");
    }

    @Test
    void anExhaustedStackIsExitOneNotACleanExit() throws Exception {
        assertEquals(ExitCodes.RENDERING_FAILED, run(new StackOverflowError()));
        assertTrue(err.toString().contains("ran out of stack"), err.toString());
        assertFalse(err.toString().contains("StackOverflowError"), err.toString());
    }

    @Test
    void badInputIsExitTwoInItsOwnWords() {
        assertEquals(ExitCodes.BAD_INPUT, run(new RunFailure(RunFailure.Kind.BAD_INPUT, "salaries.csv:3:2: found x", null)));
        assertTrue(err.toString().contains("salaries.csv:3:2: found x"), err.toString());
    }

    @Test
    void anInputOutputFailureIsExitOneNamingTheFile() throws Exception {
        assertEquals(ExitCodes.RENDERING_FAILED, run(new NoSuchFileException("/srv/out/manifest.json")));
        assertTrue(err.toString().contains("no such file or folder: /srv/out/manifest.json"), err.toString());
        assertTrue(logFiles().isEmpty(), "not a fault of ours: no details file");
    }
}
