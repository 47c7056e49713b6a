package org.careerbench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Detects a CSV file's delimiter from its header line. */
final class Delimiters {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private Delimiters() {
    }

    /**
     * The candidate ({@code , ; tab |}) occurring most often outside quotes in the first line;
     * a comma when none occurs. The reader is left where it was.
     */
    static char detect(BufferedReader reader) {
        // At most the first 64K characters of the header line: a longer line cannot be read back after a mark.
        int limit = 1 << 16;
        try {
            reader.mark(limit + 1);
            StringBuilder line = new StringBuilder();
            for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r' && line.length() < limit; c = reader.read()) {
                line.append((char) c);
            }
            reader.reset();
            return line.length() == 0 ? ',' : detect(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static char detect(String headerLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
