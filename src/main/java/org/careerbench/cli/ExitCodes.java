package org.careerbench.cli;

/** Process exit codes, as documented in the README. */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Everything was published. */
    public static final int OK = 0;
    /** A deliverable could not be rendered or published; nothing was published, the previous run is intact. */
    public static final int RENDERING_FAILED = 1;
    /** Invalid input data, template or command-line usage; nothing was written. */
    public static final int BAD_INPUT = 2;
    /** Another run holds the output folder's lock; this one wrote nothing. */
    public static final int LOCKED = 3;
    /** The period is published, but a letter of its delivery was not sent; {@code deliver} retries. */
    public static final int DELIVERY_FAILED = 4;
    /**
     * The period is published (and delivered), but a step after publishing failed: the ledger entry or
     * the removal of old periods ({@code --keep}); the next run repairs or retries it.
     */
    public static final int PUBLISHED_WITH_PROBLEM = 5;
}
