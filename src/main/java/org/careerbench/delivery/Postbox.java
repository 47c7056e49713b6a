package org.careerbench.delivery;

/** Where letters are posted: an SMTP server in production, a recorder in a test. */
public interface Postbox {

    /**
     * Sends one letter, or throws.
     *
     * @throws DeliveryException when the server refused or could not be reached, in words
     */
    void post(Letter letter) throws DeliveryException;
}
