package org.careerbench.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.AbstractLogger;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;

/**
 * What the libraries log (Apache POI logs through the Log4j API), as a user may see it: only
 * errors, each one line on stderr — "06:01:02 ERROR library: the message" — never the logger's
 * name (a Java class) or a stack trace. The run itself says what went wrong, in words.
 *
 * <p>This is the Log4j API's whole back end here: Log4j Core, whose start-up loaded 607 classes
 * and cost a cold run about half a second, is never initialised. {@link #install()} must run
 * before any library logs.
 */
public final class LibraryLog implements LoggerContextFactory {
    private static final Context CONTEXT = new Context();

    /** Makes this the Log4j API's back end, unless the user chose another on the command line. */
    static void install() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", LibraryLog.class.getName());
        }
    }

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
        return CONTEXT;
    }

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
            URI configLocation, String name) {
        return CONTEXT;
    }

    @Override
    public void removeContext(LoggerContext context) {
        // One context for the process; nothing to remove.
    }

    private static final class Context implements LoggerContext {
        private final OneLine logger = new OneLine();

        @Override
        public Object getExternalContext() {
            return null;
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return logger;
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
            return logger;
        }

        @Override
        public boolean hasLogger(String name) {
            return true;
        }

        @Override
        public boolean hasLogger(String name, MessageFactory messageFactory) {
            return true;
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
            return true;
        }
    }

    /** Errors and worse, one line each, to the process's stderr at the time of logging. */
    static final class OneLine extends AbstractLogger {
        private static final long serialVersionUID = 1L;
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

        OneLine() {
            super("library");
        }

        @Override
        public Level getLevel() {
            return Level.ERROR;
        }

        private static boolean on(Level level) {
            return level != null && level.isMoreSpecificThan(Level.ERROR);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, Message message, Throwable t) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, CharSequence message, Throwable t) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, Object message, Throwable t) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Throwable t) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object... params) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2,
                Object p3) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2,
                Object p3, Object p4) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2,
                Object p3, Object p4, Object p5) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2,
                Object p3, Object p4, Object p5, Object p6) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2,
                Object p3, Object p4, Object p5, Object p6, Object p7) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2,
                Object p3, Object p4, Object p5, Object p6, Object p7, Object p8) {
            return on(level);
        }

        @Override
        public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1, Object p2,
                Object p3, Object p4, Object p5, Object p6, Object p7, Object p8, Object p9) {
            return on(level);
        }

        @Override
        public void logMessage(String fqcn, Level level, Marker marker, Message message, Throwable t) {
            if (!on(level)) {
                return;
            }
            String text = message == null ? "" : message.getFormattedMessage().replaceAll("\\s+", " ").strip();
            PrintStream err = System.err;
            err.println(LocalTime.now().format(TIME) + " " + level.name() + " library: " + text);
        }
    }
}
