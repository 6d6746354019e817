package io.peeringconsole.trust.application;

import java.util.List;

/**
 * Everything trusted for one peer network: its certificates, the anchors in its scope (global and its own), its pins,
 * and a verdict for each of its domains, in the order the registry lists them.
 */
public record PeerTrustView(long peerNetworkId, List<CertificateView> certificates, List<CertificateView> anchors,
        List<PinView> pins, List<DomainVerdictView> verdicts) {

    public PeerTrustView {
        certificates = List.copyOf(certificates);
        anchors = List.copyOf(anchors);
        pins = List.copyOf(pins);
        verdicts = List.copyOf(verdicts);
    }
}
