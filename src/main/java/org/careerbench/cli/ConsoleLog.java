package org.careerbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.careerbench.batch.RunLog;

/**
 * Log lines with a UTC timestamp and level, on the command's output. On a terminal, progress is
 * a bar redrawn in place; elsewhere (a log file, a pipe) a plain line for each step.
 */
final class ConsoleLog implements RunLog {
    /** How much to say. */
    enum Level {
        QUIET, NORMAL, VERBOSE
    }

    private final PrintWriter out;
    private final Level level;
    private final boolean terminal;
    private final Clock clock;
    private boolean barShown;

    ConsoleLog(PrintWriter out, Level level, boolean terminal, Clock clock) {
        this.out = out;
        this.level = level;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public void info(String message) {
        if (level != Level.QUIET) {
            line("INFO ", message);
        }
    }

    @Override
    public void warn(String message) {
        line("WARN ", message);
    }

    @Override
    public void debug(String message) {
        if (level == Level.VERBOSE) {
            line("DEBUG", message);
        }
    }

    @Override
    public void progress(String stage, long done, long total) {
        if (level == Level.QUIET) {
            return;
        }
        if (!terminal) {
            if (total < 0 || done == 0 || done == total) {
                line("INFO ", stage + ": " + String.format(Locale.ROOT, "%,d", done)
                        + (total < 0 ? "" : " of " + total));
            }
            return;
        }
        String bar;
        if (total > 0) {
            int width = 30;
            int filled = (int) (width * done / total);
            bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total;
        } else {
            bar = String.format(Locale.ROOT, "%,d", done);
        }
        out.print("\r" + stage + " " + bar + "   ");
        out.flush();
        barShown = true;
        if (total > 0 && done >= total) {
            out.println();
            barShown = false;
        }
    }

    private void line(String tag, String message) {
        if (barShown) {
            out.println();
            barShown = false;
        }
        out.println(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + tag + " " + message);
        out.flush();
    }
}
