package org.careerbench.data;

/** What a publisher's marker in a numeric cell says about the value. */
public enum Marker {
    /** An ordinary number. */
    NONE,
    /** {@code *}, {@code N/A}, {@code NA}, {@code -}: the publisher has no value. */
    NOT_AVAILABLE,
    /** {@code #} or {@code >=208,000}: the true value is at least the stated one (or unknown for a bare #). */
    TOP_CODED
}
