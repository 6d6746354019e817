package io.peeringconsole.truststore.validation;

import io.peeringconsole.truststore.certificate.CertificateFacts;
import java.util.ArrayList;
import java.util.List;

/** Collects the reasons of one validation; each check adds what it finds and never stops the others. */
final class Findings {

    private final List<Reason> reasons = new ArrayList<>();

    void add(ReasonCode code, CertificateFacts about, String message) {
        reasons.add(new Reason(code, message, about == null ? null : about.sha256Fingerprint()));
    }

    void add(Reason reason) {
        reasons.add(reason);
    }

    List<Reason> reasons() {
        return List.copyOf(reasons);
    }
}
