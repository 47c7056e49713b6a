package org.careerbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where {@code delivery.yaml} is read from; shared by deliver and gather. */
final class DeliveryOptions {
    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "${env:CAREERBENCH_TEMPLATES:-templates}",
            description = "folder with delivery.yaml, if the period is to be delivered (default: "
                    + "$CAREERBENCH_TEMPLATES or templates)")
    Path templates;
}
