package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What the administrator configured beyond anchors: pins and rollover windows, and what they mean for a chain. */
final class TrustConfiguration {

    private final ValidationRequest request;

    TrustConfiguration(ValidationRequest request) {
        this.request = request;
    }

    /** Adds PINNED or PIN_MISMATCH when pins are configured; true when the leaf's key is pinned. */
    boolean checkPins(CertificateFacts leaf, Findings findings) {
        if (request.pins().isEmpty()) {
            return false;
        }
        if (request.pins().contains(leaf.spkiPin())) {
            findings.add(ReasonCode.PINNED, leaf, Describe.certificate(leaf) + " is trusted by its pinned key (pin-sha256 "
                    + leaf.spkiPin() + "); chain, anchor and revocation checks do not apply to it.");
            return true;
        }
        findings.add(ReasonCode.PIN_MISMATCH, leaf, "The key of " + Describe.certificate(leaf) + " (pin-sha256 " + leaf.spkiPin()
                + ") matches none of the " + request.pins().size() + " pin(s) configured for this peer. If the peer changed"
                + " its key on purpose, confirm the new pin with them and add it.");
        return false;
    }

    /** Anchors with the retired ones last, so that they are used only when nothing else fits. */
    List<CertificateFacts> anchorsInPreferenceOrder() {
        return request.trustAnchors().stream().sorted(Comparator.comparing(this::retired)).toList();
    }

    void checkRollovers(List<CertificateFacts> used, Findings findings) {
        Instant now = request.now();
        for (RolloverWindow window : request.rollovers()) {
            if (used.contains(window.outgoing())) {
                String old = Describe.certificate(window.outgoing());
                String replacement = Describe.certificate(window.incoming());
                if (window.overlapping(now)) {
                    findings.add(ReasonCode.ROLLOVER_PENDING, window.outgoing(), old + " is being replaced by " + replacement
                            + "; both are trusted until " + Describe.date(window.overlapUntil()) + ", then only the new one.");
                } else {
                    findings.add(ReasonCode.ROLLED_OVER, window.outgoing(), old + " was replaced by " + replacement + " on "
                            + Describe.date(window.overlapUntil()) + " and is no longer trusted; the peer must present the new one.");
                }
            }
        }
    }

    private boolean retired(CertificateFacts anchor) {
        return request.rollovers().stream().anyMatch(w -> w.retired(anchor, request.now()));
    }
}
