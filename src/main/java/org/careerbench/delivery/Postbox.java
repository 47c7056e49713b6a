package org.careerbench.delivery;

/** Where letters are posted: an SMTP server in production, a recorder in a test. */
public interface Postbox {

    /**
     * Sends one letter, or throws.
     *
     * @throws DeliveryException when the server refused or could not be reached, in words
     */
    void post(Letter letter) throws DeliveryException;

    /**
     * Stops a {@link #post} in progress on another thread (its connection closed), when a delivery's
     * deadline passed; the stopped {@code post} then throws. Does nothing by default.
     */
    default void abort() {
    }
}
