package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConsoleLogTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-01T06:00:01.500Z"), ZoneOffset.UTC);
    private final StringWriter text = new StringWriter();

    private ConsoleLog log(ConsoleLog.Level level, boolean terminal) {
        return new ConsoleLog(new PrintWriter(text, true), level, terminal, clock);
    }

    @Test
    void linesAreTimestampedAndLevelled() {
        ConsoleLog log = log(ConsoleLog.Level.NORMAL, false);
        log.info("Read 8 input files");
        log.warn("took over a stale lock");
        log.debug("hidden unless verbose");
        assertEquals("2026-11-01T06:00:01Z INFO  Read 8 input files\n2026-11-01T06:00:01Z WARN  took over a stale lock\n",
                text.toString());
    }

    @Test
    void quietKeepsWarningsAndVerboseAddsDetail() {
        ConsoleLog quiet = log(ConsoleLog.Level.QUIET, false);
        quiet.info("x");
        quiet.progress("rendering", 1, 2);
        quiet.warn("w");
        assertEquals("2026-11-01T06:00:01Z WARN  w\n", text.toString());
        log(ConsoleLog.Level.VERBOSE, false).debug("detail");
        assertTrue(text.toString().endsWith("DEBUG detail\n"));
    }

    @Test
    void progressIsABarOnATerminalAndSparseLinesElsewhere() {
        ConsoleLog plain = log(ConsoleLog.Level.NORMAL, false);
        plain.progress("rendering", 0, 4);
        plain.progress("rendering", 2, 4);
        plain.progress("rendering", 4, 4);
        assertEquals("2026-11-01T06:00:01Z INFO  rendering: 0 of 4\n2026-11-01T06:00:01Z INFO  rendering: 4 of 4\n",
                text.toString());
        text.getBuffer().setLength(0);
        ConsoleLog terminal = log(ConsoleLog.Level.NORMAL, true);
        terminal.progress("rendering", 2, 4);
        assertTrue(text.toString().startsWith("\rrendering [###############               ] 2/4"), text.toString());
    }
}
