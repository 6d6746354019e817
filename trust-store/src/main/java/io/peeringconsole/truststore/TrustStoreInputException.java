package io.peeringconsole.truststore;

import java.util.Objects;

/**
 * The one exception the trust store throws for input it will not accept: certificates, CRLs, CSRs and names supplied
 * by a person or a gateway. The message is written for that person and says what to do instead; nothing from the
 * refused input has been stored when it is thrown.
 */
public final class TrustStoreInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final InputErrorCode code;

    public TrustStoreInputException(InputErrorCode code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public TrustStoreInputException(InputErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public InputErrorCode code() {
        return code;
    }
}
