package io.peeringconsole.truststore;

/**
 * Stable codes for input the trust store refuses. The REST layer maps them to problem types and the UI to messages,
 * so a code is never renamed once released.
 */
public enum InputErrorCode {
    EMPTY_INPUT,
    INPUT_TOO_LARGE,
    PRIVATE_KEY_SUPPLIED,
    MALFORMED_PEM,
    UNRECOGNISED_FORMAT,
    UNEXPECTED_CONTENT,
    MALFORMED_CERTIFICATE,
    NO_CERTIFICATE,
    TOO_MANY_CERTIFICATES,
    MALFORMED_CRL,
    MALFORMED_CSR,
    CSR_SIGNATURE_INVALID,
    CSR_REQUESTS_CA,
    CSR_WEAK_KEY,
    INVALID_VALIDITY,
    INVALID_NAME
}
