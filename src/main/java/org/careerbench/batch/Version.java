package org.careerbench.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The CareerBench version, from the build. */
public final class Version {
    private Version() {
    }

    /** E.g. "0.1.0", from the pom; "unknown" when run from classes not built by Maven. */
    public static String current() {
        return property("version");
    }

    /** The git commit the build was made from (40 hex digits); "unknown" outside a git checkout. */
    public static String commit() {
        String c = property("commit");
        return c.startsWith("${") ? "unknown" : c;
    }

    private static String property(String name) {
        try (InputStream in = Version.class.getResourceAsStream("/org/careerbench/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(name, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
