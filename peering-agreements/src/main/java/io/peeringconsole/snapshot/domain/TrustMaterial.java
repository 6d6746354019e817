package io.peeringconsole.snapshot.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A certificate or trust anchor a gateway must accept from a peer, as the snapshot carries it.
 *
 * @param overlapUntil while a rollover overlaps, the time until which the certificate it replaces is still trusted;
 *                     null otherwise
 */
public record TrustMaterial(String sha256, String spkiPin, String subject, Instant notBefore, Instant notAfter,
        String pem, Instant overlapUntil) {

    public TrustMaterial {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(spkiPin, "spkiPin");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(pem, "pem");
    }

    public boolean expiredAt(Instant now) {
        return !notAfter.isAfter(now);
    }
}
