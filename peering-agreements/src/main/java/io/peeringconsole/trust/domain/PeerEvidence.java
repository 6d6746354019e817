package io.peeringconsole.trust.domain;

import io.peeringconsole.truststore.certificate.CrlFacts;
import java.util.List;
import java.util.Set;

/**
 * Everything stored that bears on one peer's trust: its own certificates, the anchors in its scope (global and its
 * own), its pins (values), and every imported CRL.
 */
public record PeerEvidence(List<KnownCertificate> peerCertificates, List<KnownCertificate> anchors, Set<String> pins,
        List<CrlFacts> crls) {

    public PeerEvidence {
        peerCertificates = List.copyOf(peerCertificates);
        anchors = List.copyOf(anchors);
        pins = Set.copyOf(pins);
        crls = List.copyOf(crls);
    }
}
