package io.peeringconsole.trust.domain;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored certificate with its facts read again from the PEM, as the trust rules use it. {@code replacesId} and
 * {@code overlapUntil} are both set when this certificate rolls over another one.
 */
public record KnownCertificate(long id, CertificateFacts facts, Long replacesId, Instant overlapUntil) {

    public KnownCertificate {
        Objects.requireNonNull(facts, "facts");
        if ((replacesId == null) != (overlapUntil == null)) {
            throw new IllegalArgumentException("A rollover names both the replaced certificate and the overlap's end.");
        }
    }

    public static KnownCertificate of(TrustedCertificate stored, CertificateFacts facts) {
        return new KnownCertificate(stored.id(), facts, stored.replacesId(), stored.overlapUntil());
    }
}
