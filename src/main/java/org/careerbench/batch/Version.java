package org.careerbench.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The CareerBench version, from the build. */
public final class Version {
    private Version() {
    }

    /** E.g. "0.1.0"; "unknown" when run from classes not built by Maven. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/org/careerbench/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
