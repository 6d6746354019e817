package io.peeringconsole.trust.application;

import io.peeringconsole.truststore.validation.Reason;
import io.peeringconsole.truststore.validation.Severity;

/**
 * One reason of a verdict. {@code code} is the trust store's stable reason code (or NO_TRUST_EVIDENCE);
 * {@code severity} is ERROR for what makes a peer untrusted, WARNING for what needs action soon, INFO otherwise.
 * {@code certificateFingerprint} names the certificate concerned, or is null.
 */
public record ReasonView(String code, String severity, String message, String certificateFingerprint) {

    public static final String ERROR = "ERROR";
    public static final String WARNING = "WARNING";
    public static final String INFO = "INFO";

    static ReasonView of(Reason reason) {
        return new ReasonView(reason.code().name(), severity(reason.severity()), reason.message(),
                reason.certificateFingerprint());
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case FAILURE -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }
}
