package org.careerbench.delivery;

/** A letter that could not be sent; the message says why in words a reader of the log understands. */
public final class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the server did not answer at all (no connection, no reply in time), as opposed to
     * refusing this one letter: then the next letter to it would only wait as long again.
     */
    public boolean serverSilent() {
        for (Throwable t = getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException || t instanceof java.net.ConnectException
                    || t instanceof java.net.UnknownHostException || t instanceof java.net.NoRouteToHostException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
