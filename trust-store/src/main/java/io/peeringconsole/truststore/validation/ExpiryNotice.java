package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.time.Duration;
import java.util.Objects;

/** One certificate or anchor that needs attention; {@code remaining} is negative once it has expired. */
public record ExpiryNotice(CertificateFacts certificate, ExpiryLevel level, Duration remaining) {

    public ExpiryNotice {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(remaining, "remaining");
    }
}
