package org.careerbench.delivery;

/** A letter that could not be sent; the message says why in words a reader of the log understands. */
public final class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
