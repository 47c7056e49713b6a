package org.careerbench;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A test's need for a program outside the JVM (LibreOffice, Chromium, qpdf). On a developer's
 * machine without it the test is skipped with the reason; under {@code CI=true} a missing tool
 * fails the build, so a check that CI is meant to run can never pass by not running.
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /**
     * @param present whether the tool is there and works
     * @param missing what is missing, as a sentence ("LibreOffice (soffice) is not installed here")
     */
    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(missing + "; under CI=true this fails instead of skipping (.ci/run installs it)");
        }
        Assumptions.abort(missing + "; skipped here (under CI=true this fails)");
    }
}
