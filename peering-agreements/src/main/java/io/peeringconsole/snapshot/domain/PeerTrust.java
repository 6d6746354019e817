package io.peeringconsole.snapshot.domain;

import java.util.List;

/**
 * What is trusted for one peer network or clearing house: its anchors, its certificates (old and new during a
 * rollover overlap) and its pins, plus the trust verdict per domain, which the publish gate reads but the snapshot
 * does not carry (a gateway judges by the material, not by our verdict).
 */
public record PeerTrust(List<TrustMaterial> anchors, List<TrustMaterial> certificates, List<String> pins,
        List<String> trustedDomains) {

    public PeerTrust {
        anchors = List.copyOf(anchors);
        certificates = List.copyOf(certificates);
        pins = List.copyOf(pins);
        trustedDomains = List.copyOf(trustedDomains);
    }

    public static PeerTrust none() {
        return new PeerTrust(List.of(), List.of(), List.of(), List.of());
    }
}
