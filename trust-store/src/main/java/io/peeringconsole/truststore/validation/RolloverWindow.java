package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A planned replacement of a peer certificate or anchor: before {@code overlapUntil} both are trusted, from then on
 * only {@code incoming}. The configuration snapshot carries {@link #trustedAt(Instant)} so that gateways follow suit.
 */
public record RolloverWindow(CertificateFacts outgoing, CertificateFacts incoming, Instant overlapUntil) {

    public RolloverWindow {
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(overlapUntil, "overlapUntil");
        if (outgoing.equals(incoming)) {
            throw new IllegalArgumentException("A rollover replaces one certificate with a different one.");
        }
    }

    public boolean overlapping(Instant now) {
        return now.isBefore(overlapUntil);
    }

    /** True once {@code certificate} is the outgoing one and the overlap is over. */
    public boolean retired(CertificateFacts certificate, Instant now) {
        return outgoing.equals(certificate) && !overlapping(now);
    }

    /** Both during the overlap, only the incoming one after it. */
    public List<CertificateFacts> trustedAt(Instant now) {
        return overlapping(now) ? List.of(outgoing, incoming) : List.of(incoming);
    }
}
