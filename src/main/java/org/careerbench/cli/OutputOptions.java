package org.careerbench.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** Where runs publish and in which time zone a month is counted; shared by run and schedule. */
final class OutputOptions {
    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "folder under which <period>/ is published (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "${env:CAREERBENCH_ZONE:-UTC}",
            description = "time zone of the current month (and of a schedule), e.g. Europe/Berlin "
                    + "(default: $CAREERBENCH_ZONE or UTC)")
    ZoneId zone;
}
