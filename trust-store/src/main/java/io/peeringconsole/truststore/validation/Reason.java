package io.peeringconsole.truststore.validation;

import java.util.Objects;

/**
 * One finding of a validation. {@code certificateFingerprint} (SHA-256, as in the certificate facts) names the
 * certificate it concerns so that the UI can attach the badge to it; null when it concerns no single certificate.
 */
public record Reason(ReasonCode code, String message, String certificateFingerprint) {

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public Severity severity() {
        return code.severity();
    }
}
