package org.careerbench.delivery;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One message to one recipient. Immutable.
 *
 * @param from       the sender
 * @param to         the recipient
 * @param subject    one line
 * @param body       plain text
 * @param attachment a file to attach, if any
 */
public record Letter(String from, String to, String subject, String body, Optional<Path> attachment) {
}
