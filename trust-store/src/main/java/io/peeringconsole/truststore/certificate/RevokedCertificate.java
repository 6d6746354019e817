package io.peeringconsole.truststore.certificate;

import java.time.Instant;
import java.util.Objects;

/** One CRL entry; {@code serialNumber} is spelled as in {@link CertificateFacts#serialNumber()}. */
public record RevokedCertificate(String serialNumber, Instant revokedAt, RevocationReason reason) {

    public RevokedCertificate {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(reason, "reason");
    }
}
