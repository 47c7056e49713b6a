package org.careerbench.batch;

/** Where a run reports what it does: messages by level, and progress of long stages. */
public interface RunLog {
    /** A step the user should see. */
    void info(String message);

    /** Something went wrong or looks wrong, but the run goes on. */
    void warn(String message);

    /** Detail for --verbose. */
    void debug(String message);

    /**
     * Progress of a long stage; {@code total} is -1 when unknown. A terminal shows a bar, a log file
     * gets occasional lines.
     */
    void progress(String stage, long done, long total);

    /** A log that drops everything, for library use and tests. */
    RunLog SILENT = new RunLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }

        @Override
        public void progress(String stage, long done, long total) {
        }
    };

    /** A log that sends info and warnings to {@code sink}, one line each. */
    static RunLog lines(java.util.function.Consumer<String> sink) {
        return new RunLog() {
            @Override
            public void info(String message) {
                sink.accept(message);
            }

            @Override
            public void warn(String message) {
                sink.accept("warning: " + message);
            }

            @Override
            public void debug(String message) {
            }

            @Override
            public void progress(String stage, long done, long total) {
            }
        };
    }
}
