package org.careerbench.batch;

/** A run that stopped; nothing was published and the previous run, if any, is untouched. */
public final class RunFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the run stopped. */
    public enum Kind {
        /** Input data or a template is invalid: the user must fix a file. */
        BAD_INPUT,
        /** A deliverable could not be rendered or published. */
        RENDERING
    }

    private final Kind kind;

    public RunFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
