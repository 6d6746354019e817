package io.peeringconsole.truststore.keys;

/**
 * The key store file cannot be read or written: a wrong password, a damaged file, a full disk. Not the user's input,
 * so not a {@link io.peeringconsole.truststore.TrustStoreInputException}; the operator has to act.
 */
public final class ConsoleKeyStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConsoleKeyStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public ConsoleKeyStoreException(String message) {
        super(message);
    }
}
