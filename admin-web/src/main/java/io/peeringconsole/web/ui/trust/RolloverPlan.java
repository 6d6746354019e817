package io.peeringconsole.web.ui.trust;

import io.peeringconsole.trust.application.CertificateView;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A rollover as chosen in the dialog: the incoming certificate takes over from the outgoing one, and both are
 * trusted until {@code overlapUntil}. The dialog's date is read as UTC, like every time the console shows.
 */
record RolloverPlan(CertificateView incoming, CertificateView outgoing, Instant overlapUntil) {

    /** A choice the plan cannot be made from, and the dialog field that should show why. */
    record Problem(String field, String message) {
    }

    static Optional<Problem> problem(CertificateView incoming, CertificateView outgoing, LocalDateTime untilUtc,
            Instant now) {
        if (incoming == null) {
            return Optional.of(new Problem("incoming", "Choose the new certificate, the one that takes over."));
        }
        if (outgoing == null) {
            return Optional.of(new Problem("outgoing", "Choose the certificate being replaced."));
        }
        if (incoming.id() == outgoing.id()) {
            return Optional.of(new Problem("outgoing",
                    "A certificate cannot replace itself: choose the one the peer is retiring."));
        }
        if (untilUtc == null) {
            return Optional.of(new Problem("overlapUntil", "Choose until when both certificates stay trusted."));
        }
        if (!untilUtc.toInstant(ZoneOffset.UTC).isAfter(now)) {
            return Optional.of(new Problem("overlapUntil",
                    "The overlap must end in the future; after it only the new certificate is trusted."));
        }
        return Optional.empty();
    }

    static RolloverPlan of(CertificateView incoming, CertificateView outgoing, LocalDateTime untilUtc) {
        return new RolloverPlan(incoming, outgoing, untilUtc.toInstant(ZoneOffset.UTC));
    }
}
