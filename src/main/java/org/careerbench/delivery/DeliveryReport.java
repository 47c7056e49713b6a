package org.careerbench.delivery;

import java.util.List;

/**
 * What one delivery did. Immutable.
 *
 * @param sent        "file to recipient" for each letter sent now
 * @param alreadySent letters the log showed as sent before, not sent again
 * @param failures    "file to recipient: reason" for each letter the server did not take
 * @param notes       configured reports this period did not publish
 */
public record DeliveryReport(List<String> sent, int alreadySent, List<String> failures, List<String> notes) {

    public DeliveryReport {
        sent = List.copyOf(sent);
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    /** True when every letter is now sent. */
    public boolean complete() {
        return failures.isEmpty();
    }
}
